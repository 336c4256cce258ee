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
_BODY = "(Bein|Beine|Beinen|Beins|Knie|Knies|Knien|Kniekehle|Kniekehlen|Oberschenkel|Oberschenkeln|Oberschenkels|Oberschenkelrückseite|Oberschenkelmuskel|Unterschenkel|Unterschenkeln|Wade|Waden|Fuß|Fuss|Füßen|Füssen|Fußes|Fusses|Füße|Füsse|Zehen|Knöchel|Ferse|Leiste|Leisten|Gesäß|Gesäss|Po|Hintern|Pobacke|Pobacken|Intimbereich|Genitalbereich|Schritt|Rücken|Kreuz|Hüfte|Hüften|Seite|Seiten|Hamstring|Hamstrings|Beinbeuger|Muskel|Sehne|Blase|Darm|Fußsohle|Fußsohlen|Schienbein|Fersen|After|Anus|Damm|Penis|Hoden|Scheide|Unterleib|Brust|Brustkorb|Herz|Atmen|Urin|Oberschenkelinnenseite|Oberschenkelinnenseiten|Innenseite der Oberschenkel|Innenseiten der Oberschenkel)"
# the body part or body fluid someone starts with: "mein Bein ist taub"
_MY_BODY = "(mein|meine) [linkes|rechtes|linke|rechte|linker|rechter|anderes|andere|beiden] (Bein|Beine|Wade|Waden|Unterschenkel|Oberschenkel|Fuß|Fuss|Füße|Füsse|Fußspitze|Knie|Kniekehle|Knöchel|Ferse|Zehen|Leiste|Gesäß|Gesäss|Gesass|Po|Pobacke|Pobacken|Hintern|Intimbereich|Genitalbereich|Schritt|Penis|Hoden|Scheide|Oberschenkelrückseite|Urin|Harn|Pipi|Blase|Stuhlgang|Brust|Atmung)"
# "das Bein ist taub" (not "die Leiste", a power strip in many homes)
_THE_BODY = "(das|der|die) [linke|rechte|andere] (Bein|Beine|Wade|Waden|Unterschenkel|Oberschenkel|Fuß|Fuss|Füße|Füsse|Fußspitze|Zehen|Knöchel|Ferse|Po|Hintern|Intimbereich|Genitalbereich|Oberschenkelrückseite|Innenseiten der Oberschenkel|Urin|Harn|Blase|Atmung|Atmen)"
# a sign or symptom someone starts with: "Kribbeln im Fuß", "die Schwäche wird schlimmer"
_SYMPTOM = "(Taubheit|Taubheitsgefühl|Taubheitsgefühle|taubes Gefühl|ein taubes Gefühl|Kribbeln|ein Kribbeln|Ameisenlaufen|Schmerzen|Schmerz|Stechen|ein Stechen|Schwellung|eine Schwellung|Rötung|eine Rötung|Schwäche|Lähmung|Lähmungserscheinungen|Ausstrahlung|Engegefühl|Druckgefühl|Missempfindungen|Gefühlsstörungen)"
# a fall or a blow: "ich hatte einen Fahrradunfall"
_ACCIDENT = "(Unfall|Autounfall|Fahrradunfall|Radunfall|Motorradunfall|Sportunfall|Skiunfall|Arbeitsunfall|Verkehrsunfall|Sturz|Treppensturz|Fahrradsturz|Zusammenstoß|Zusammenprall)"
# cancer, now or before: "ich hatte Darmkrebs"
_CANCER = "(Krebs|eine Krebserkrankung|einen Tumor|einen bösartigen Tumor|Brustkrebs|Prostatakrebs|Darmkrebs|Lungenkrebs|Hautkrebs|schwarzen Hautkrebs|Blasenkrebs|Nierenkrebs|Knochenkrebs|Hodenkrebs|Eierstockkrebs|Gebärmutterkrebs|Gebärmutterhalskrebs|Magenkrebs|Schilddrüsenkrebs|Bauchspeicheldrüsenkrebs|Leukämie|Lymphdrüsenkrebs|ein Lymphom|ein Melanom|Metastasen|eine Chemotherapie|eine Chemo|Chemo|eine Strahlentherapie|eine Bestrahlung)"
_REMINDERS = "(Erinnerungen|Erinnerung|Pausenerinnerungen|Pausenerinnerung|Haltungserinnerungen|Haltungserinnerung|Sitzerinnerungen)"
_PROFESSIONAL = "(zum Arzt|zur Ärztin|zur Aerztin|zum Doktor|zum Hausarzt|zur Hausärztin|zur Physiotherapie|zur Physio|zum Physio|zum Physiotherapeuten|zur Physiotherapeutin|zur Krankengymnastik|zum Orthopäden|zum Orthopaeden)"
_A_PROFESSIONAL = "(einen Arzt|eine Ärztin|eine Aerztin|einen Doktor|Physiotherapie|eine Physiotherapie|einen Physiotherapeuten|eine Physiotherapeutin|einen Physio|einen Orthopäden)"
_START = "(starte|beginne|beginn|mach|mache)"
_ROUTINE = "(Routine|Übungsroutine|Übungen|Uebungen)"
# when it is felt, after the body part: "ich habe Schmerzen unter dem Knie, vor allem nachts"
_WHEN = "(nachts|in der Nacht|vor allem nachts|besonders nachts|seit gestern|seit heute|seit Tagen|beim Gehen|beim Sitzen|beim Laufen)"
# signs said without a body part: "ich habe Fieber"
_SIGN_NOUNS = "(Fieber|hohes Fieber|erhöhte Temperatur|Temperatur|Schüttelfrost|Nachtschweiß|Brustschmerzen|Schmerzen in der Brust|Schmerzen im Brustkorb|Druck auf der Brust|ein Engegefühl in der Brust|Atemnot|Luftnot|Atembeschwerden|Atemprobleme|Herzrasen|Herzstolpern|dunklen Urin|braunen Urin|roten Urin|Blut im Urin|nächtliche Schmerzen|nachts Schmerzen|Nachtschmerzen|Krebs|einen Fallfuß|einen Fallfuss|Fallfuß|Fallfuss|eine Fußheberschwäche|eine Fussheberschwäche|Fußheberschwäche|Steppergang|Inkontinenz|Harninkontinenz|Stuhlinkontinenz|Blasenprobleme|Blasenschwäche|eine Blasenschwäche|Darmprobleme|keinen Stuhlgang|Reithosenanästhesie|eine Reithosenanästhesie|Erektionsprobleme|Erektionsstörungen|Ischias|Ischiasschmerzen|Ischiasbeschwerden|eine Thrombose|eine Beinvenenthrombose|eine Lungenembolie|einen Herzinfarkt|eine Wadenschwellung|Lähmungserscheinungen|eine Lähmung|Missempfindungen|Gefühlsstörungen)"
# said alone, and nothing else: "Atemnot"
_SIGN_ALONE = "(Fieber|hohes Fieber|Schüttelfrost|Nachtschweiß|Brustschmerzen|Atemnot|Luftnot|Herzrasen|Fallfuß|Fallfuss|Druck auf der Brust|Blut im Urin|Probleme beim Wasserlassen|Probleme mit der Blase)"

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
        f"ich (habe|hab|hatte|spüre|spür|fühle|fühl|merke|bemerke|verspüre|bekomme|kriege) {{sensation}} {_BODY} [{_WHEN}] {_FOR_PROFILE}",
        f"es (kribbelt|zieht|sticht|brennt|schmerzt|pocht|prickelt|britzelt|strahlt|schießt|tut [so] weh|ist taub) {{sensation}} {_BODY} {_FOR_PROFILE}",
        f"es (zieht|strahlt|schießt|geht|wandert|sticht|kribbelt) {{sensation}} (aus|runter|hinunter|herunter|hinab|entlang) {_FUER_PROFILE}",
        f"es fühlt sich [so] an (wie|als ob|als wäre|als würde) {{sensation}} {_FUER_PROFILE}",
        f"(jetzt|nun|inzwischen|mittlerweile|auch|nachts) (kribbelt|sticht|schmerzt|pocht|prickelt) es {{sensation}} {_FUER_PROFILE}",
        f"(die|meine) Kraft [(im|in den|in meinem) {_BODY}] (lässt|nimmt|schwindet|wird) {{sensation}} {_FUER_PROFILE}",
        f"(das|im|mein) (linke|linken|rechte|rechten) und (das|im|mein) (rechte|rechten|linke|linken) Bein {{sensation}} {_FUER_PROFILE}",
        f"(im|in der|in den|in beiden|am|an der|an den|um den|zwischen den) {_BODY} {{sensation}} {_FUER_PROFILE}",
        f"beide (Beine|Füße|Füsse|Waden|Oberschenkel|Unterschenkel|Knie|Pobacken) {{sensation}} {_FUER_PROFILE}",
        f"[ein|eine|einen] [plötzlicher|plötzliche|plötzliches|plötzlichen] [stechender|stechende|stechendes|stechenden|starker|starke|starkes|starken|scharfer|scharfe|scharfes] {_SYMPTOM} {{sensation}} {_FUER_PROFILE}",
        f"(die|das|der|meine|mein) {_SYMPTOM} {{sensation}} {_FUER_PROFILE}",
        f"es hat {{sensation}} {_BODY} (geknallt|geknackt|geploppt|plopp gemacht|gerissen|geschnalzt|geschnappt) {_FOR_PROFILE}",
        f"ich (habe|hab) mir {{sensation}} {_BODY} (gerissen|gezerrt|verletzt|geprellt|gestoßen|gestossen|angeschlagen) {_FOR_PROFILE}",
        f"ich (spüre|fühle|merke) {{sensation}} {_BODY} nicht [mehr] {_FOR_PROFILE}",
        f"ich (spüre|fühle|merke) (das|kein) (Toilettenpapier|Klopapier) [nicht] [mehr] {_FOR_PROFILE}",
        f"{_MY_BODY} {{sensation}} {_FUER_PROFILE}",
        f"{_THE_BODY} {{sensation}} {_FUER_PROFILE}",
        f"(trag|trage) [ein|das|mein|meine] Symptom[e] {{sensation}} ein {_FOR_PROFILE}",
        f"(trag|trage) [ein|das|mein|meine] Symptom[e] ein {{sensation}} {_FUER_PROFILE}",
        f"{_LOG} [ein|das|mein|meine] Symptom[e] {{sensation}} {_FUER_PROFILE}",
        f"Symptom[e] {{sensation}} (eintragen|notieren|erfassen) {_FOR_PROFILE}",
        f"ich (habe|hab|hatte) {{sensation}} (Fieber|Temperatur|Schüttelfrost|Brustschmerzen|Atemnot) {_FOR_PROFILE}",
        # signs without a body part
        f"ich (habe|hab|hatte|bekomme|kriege) {_SIGN_NOUNS} {_FOR_PROFILE}",
        f"{_SIGN_ALONE} {_FOR_PROFILE}",
        f"ich (habe|hab|hatte) {{sensation}} Grad [Fieber|Temperatur] {_FUER_PROFILE}",
        f"ich (fiebere|glühe) [{{sensation}}] {_FUER_PROFILE}",
        f"mir ist [so] fiebrig {_FOR_PROFILE}",
        f"ich schwitze (nachts|in der Nacht) [{{sensation}}] {_FUER_PROFILE}",
        f"ich (hatte|habe|hab) [früher|schon mal|schon einmal|einmal|mal] {_CANCER} [gehabt] {_FOR_PROFILE}",
        f"ich (bin|war) an {{sensation}} erkrankt {_FOR_PROFILE}",
        f"ich (wurde|werde) [wegen Krebs] (bestrahlt|chemotherapiert) {_FOR_PROFILE}",
        f"ich (pinkle|pinkel|uriniere) {{sensation}} {_FUER_PROFILE}",
        f"mein Gewicht (geht|sinkt|fällt|nimmt) {{sensation}} {_FUER_PROFILE}",
        f"ich bin in (Krebsbehandlung|Chemotherapie|onkologischer Behandlung) {_FOR_PROFILE}",
        f"mir tut (die Brust|der Brustkorb) weh {_FOR_PROFILE}",
        f"ich (bin|fühle mich|werde) [so|sehr|schnell|ganz|total|völlig|ständig|sofort|dauernd|extrem|oft|schon] (kurzatmig|außer Atem|ausser Atem|atemlos) {_FOR_PROFILE}",
        f"mir (ist|wird) [so] eng (in der Brust|im Brustkorb|um die Brust) {_FOR_PROFILE}",
        f"mir bleibt [immer|oft|ständig|dauernd|plötzlich] die Luft weg {_FOR_PROFILE}",
        f"ich (japse|ringe|schnappe) [ständig|oft|dauernd] nach Luft {_FOR_PROFILE}",
        f"ich (schnaufe|keuche) [{{sensation}}] {_FUER_PROFILE}",
        f"ich (huste|hustete) [{{sensation}}] Blut {_FOR_PROFILE}",
        f"ich (habe|hab) Blut (gehustet|abgehustet) {_FOR_PROFILE}",
        f"ich (bekomme|kriege|krieg) (schlecht|keine|kaum|nur schwer) Luft {_FOR_PROFILE}",
        f"ich kann (nicht|kaum|nur schwer) [mehr] [richtig] (atmen|durchatmen|einatmen|Luft holen) {_FOR_PROFILE}",
        f"ich (habe|hab) (Probleme|Schwierigkeiten|Mühe) beim Atmen {_FOR_PROFILE}",
        f"ich (bin|war) [heute|gestern] (gestürzt|gestuerzt|hingefallen|gefallen|ausgerutscht|umgefallen) {_FOR_PROFILE}",
        f"ich (bin|war) {{sensation}} (gestürzt|gestuerzt|hingefallen|gefallen|runtergefallen|heruntergefallen|ausgerutscht|umgefallen|gestolpert|zusammengestoßen|zusammengestossen|hingeknallt|umgeknickt) {_FUER_PROFILE}",
        f"ich (hatte|habe|hab) einen {_ACCIDENT} [gehabt] {_FOR_PROFILE}",
        f"ich (hatte|habe|hab) einen {_ACCIDENT} {{sensation}} {_FUER_PROFILE}",
        f"ich (habe|hab) (einen Schlag|einen Tritt|einen Stoß|einen Stoss|einen Ball) [{{sensation}}] (bekommen|abbekommen|gekriegt) {_FUER_PROFILE}",
        f"(jemand|einer|man|er|sie) hat mich [{{sensation}}] (getreten|umgetreten|gefoult|angefahren|umgerannt|umgestoßen|geschlagen) {_FUER_PROFILE}",
        f"ich (wurde|bin) [{{sensation}}] (gefoult|getreten|umgetreten|angefahren|umgerannt|umgestoßen|angerempelt) [worden] {_FUER_PROFILE}",
        f"ich (habe|hab) [stark|viel|ungewollt|ohne Grund|einfach so|unerklärlich] (abgenommen|Gewicht verloren) {_FOR_PROFILE}",
        f"ich verliere [ungewollt|ohne Grund|einfach so] Gewicht {_FOR_PROFILE}",
        f"ich nehme [ungewollt|ohne Grund|einfach so|ständig|dauernd|immer weiter|immer mehr|stark] ab {_FOR_PROFILE}",
        f"ich nehme (ungewollt|ständig|dauernd|immer weiter|immer mehr|stark) ab {{sensation}} {_FUER_PROFILE}",
        f"ich (habe|hab) {{sensation}} (Kilo|Kilogramm|kg) (abgenommen|verloren) {_FUER_PROFILE}",
        f"ich (habe|hab) {{sensation}} abgenommen {_FUER_PROFILE}",
        f"ich (habe|hab) (abgenommen|Gewicht verloren) {{sensation}} {_FUER_PROFILE}",
        f"ich werde [immer|ständig] dünner {_FOR_PROFILE}",
        f"ich bin [stark|sehr|total|ganz] abgemagert {_FOR_PROFILE}",
        f"[der|die] Schmerz[en] (weckt|wecken) mich [nachts|in der Nacht] [auf] {_FOR_PROFILE}",
        f"[der|die] Schmerz[en] (raubt|rauben) mir [nachts] den Schlaf {_FOR_PROFILE}",
        f"ich wache [nachts] (vor|wegen der|wegen) Schmerzen [nachts] auf {_FOR_PROFILE}",
        f"ich (kann|konnte) [nachts] (vor|wegen der|wegen) Schmerzen [nachts] nicht [mehr] [richtig] (schlafen|einschlafen|durchschlafen) {_FOR_PROFILE}",
        f"ich (habe|hab) [nachts] (schlecht|kaum|nicht) geschlafen (wegen der|vor lauter|vor) Schmerzen {_FOR_PROFILE}",
        f"(nachts|in der Nacht|heute Nacht) {{sensation}} (weh|Schmerzen|schlimmer|am schlimmsten|wach) {_FUER_PROFILE}",
        f"(nachts|in der Nacht) (habe|hab|hatte|bekomme|kriege) ich {{sensation}} {_FUER_PROFILE}",
        f"ich (wache|liege) (nachts|in der Nacht|heute Nacht) {{sensation}} {_FUER_PROFILE}",
        f"ich werde (nachts|in der Nacht) {{sensation}} (wach|auf) {_FUER_PROFILE}",
        f"ich kann (den|meinen|die|meine) (Fuß|Fuss|Füße|Füsse|Zehen|Fußspitze|Fußspitzen) (nicht|kaum) [mehr] [richtig] (heben|anheben|hochziehen|hochheben|anziehen|bewegen) {_FOR_PROFILE}",
        f"ich ziehe (den|meinen|das|mein) (Fuß|Fuss|Bein) [beim Gehen] nach {_FOR_PROFILE}",
        f"ich kann [mich] (nicht|kaum) [mehr] auf (den|die|meinen|meine) (Fersen|Ferse|Zehenspitzen|Zehen) (gehen|stehen|laufen) {_FOR_PROFILE}",
        f"ich stolpere [{{sensation}}] {_FUER_PROFILE}",
        f"ich werde (immer|zunehmend|täglich) schwächer [{{sensation}}] {_FUER_PROFILE}",
        f"ich kann (das|mein|den|meinen) [linke|rechte|linkes|rechtes|linken|rechten] (Bein|Fuß|Fuss|Knie) (nicht|kaum) [mehr] [richtig] bewegen {_FOR_PROFILE}",
        f"ich stolpere [ständig|oft|immer] über meinen (Fuß|Fuss) {_FOR_PROFILE}",
        f"ich bleibe [ständig|oft|immer] mit (dem Fuß|dem Fuss|den Zehen|der Fußspitze) hängen {_FOR_PROFILE}",
        f"ich kann (den Urin|das Wasser|den Stuhl|den Stuhlgang) nicht [mehr] halten {_FOR_PROFILE}",
        f"ich kann (nicht|kaum) [mehr] [richtig] (pinkeln|urinieren|Wasser lassen|aufs Klo|auf die Toilette|auf Toilette|zur Toilette) {_FOR_PROFILE}",
        f"ich (habe|hab) [mir|mich] [{{sensation}}] in die Hose (gemacht|gepinkelt|gepieselt|gekackt|uriniert) {_FUER_PROFILE}",
        f"ich (habe|hab) mich (eingenässt|eingekotet|eingepinkelt) {_FOR_PROFILE}",
        f"ich verliere [{{sensation}}] (Urin|Harn|Stuhl) {_FUER_PROFILE}",
        f"ich (merke|spüre|fühle|merk|spür) (nicht|kaum|nichts) [mehr] {{sensation}} (muss|voll ist|leer ist|pinkle|pinkeln muss) {_FUER_PROFILE}",
        f"ich muss (pinkeln|Wasser lassen|aufs Klo|auf die Toilette|auf Toilette) {{sensation}} (kommt nichts|geht nicht|geht nichts) {_FUER_PROFILE}",
        f"ich muss [stark|fest] pressen um (zu pinkeln|Wasser zu lassen|zu urinieren) {_FOR_PROFILE}",
        f"ich (habe|hab) (Probleme|Schwierigkeiten|Mühe) (mit der Blase|mit meiner Blase|mit dem Darm|mit meinem Darm|mit dem Stuhlgang|beim Wasserlassen|beim Pinkeln|beim Stuhlgang) {_FOR_PROFILE}",
        f"(beim Abwischen|auf der Toilette|beim Pinkeln|beim Wasserlassen|beim Stuhlgang|beim Sex|beim Geschlechtsverkehr) (spüre|fühle|merke) ich [da] nichts [mehr] {_FOR_PROFILE}",
        f"ich (spüre|fühle|merke) (beim Abwischen|auf der Toilette|beim Pinkeln|beim Wasserlassen|beim Stuhlgang|beim Sex|beim Geschlechtsverkehr) [da] nichts [mehr] {_FOR_PROFILE}",
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

# the words a pattern needs, in their German forms; _loose() also reads "ä" as "ae" or
# "a" and "ß" as "ss" (typed text, Swiss spelling, speech to text that drops accents)
_ACCENTS = {"ä": "(?:ä|ae|a)", "ö": "(?:ö|oe|o)", "ü": "(?:ü|ue|u)", "ß": "(?:ß|ss)"}


def _loose(pattern: str) -> str:
    """Return ``pattern`` with each "ä", "ö", "ü", "ß" also matching its plain forms."""
    return re.sub("[äöüß]", lambda found: _ACCENTS[found.group()], pattern)


_NOTHING_FELT = (
    r"(spür|fühl)\w*\s+(ich\s+)?(da\s+|dort\s+)?(gar\s+)?nichts"
    r"|nichts\s+(mehr\s+)?(spür|fühl)\w*"
)
_NUMB = (
    r"(taub\w*|gefühllos\w*|pelzig\w*|kribbel\w*|kribbl\w*|gekribbel\w*|prickel\w*|"
    rf"ameisen\w*|eingeschlafen|kein gefühl|gefühlsstörung\w*|{_NOTHING_FELT})"
)
_SADDLE = (
    r"\b(leiste\w*|genital\w*|intim\w*|geschlechtsteil\w*|gesäß\w*|po|popo|unterleib|"
    r"pobacke\w*|po-\w+|hintern|after|anus|damm\w*|scheide|vagina|penis|hoden|"
    r"innenseite\w*\s+((der|des|meiner|meines|beider)\s+)?oberschenkel\w*|"
    r"oberschenkelinnenseite\w*|innenschenkel\w*|beim sex|beim geschlechtsverkehr|"
    r"im schritt|zwischen den beinen|reithose\w*|abwisch\w*|toilettenpapier|klopapier|"
    r"auf der toilette|(beim|nach dem) (pinkeln|wasserlassen|urinieren|stuhlgang))\b"
)
# a leg part: a nerve sign felt there is not one of the saddle ("Schmerzen im Po und
# Kribbeln im Fuß" is sciatica, no saddle numbness)
_LEG_PART = (
    r"(bein\w*|fuß\w*|füße\w*|zehe\w*|wade\w*|unterschenkel\w*|knie\w*|knöchel\w*|"
    r"ferse\w*|schienbein\w*|oberschenkel(?!innen)\w*)"
)
_ELSEWHERE = (
    rf"(?!\s+(im|in|am|an|bis)\s+(\w+\s+){{0,2}}{_LEG_PART}"
    rf"(?!\s+(und|oder|sowie|bis)\s+(\w+\s+){{0,3}}{_SADDLE}))"
)
_NERVE = (
    r"(kribbel\w*|kribbl\w*|gekribbel\w*|taub\w*|gefühllos\w*|pelzig\w*|ameisen\w*|"
    r"eingeschlafen|prickel\w*|britzel\w*|brizzel\w*|nadelstich\w*|missempfindung\w*|"
    r"kein gefühl|gefühlsstörung\w*)"
)
# up to six words, no other leg part or nerve sign among them: "meine Wade ist seit
# gestern rot" (and "mein Bein ist taub, rot und warm" is still numb)
_NEAR = rf"\W+((?!({_LEG_PART}|{_NERVE})\b)\w+\W+){{0,6}}"
_LEG = r"\b(waden?|oberschenkel\w*|unterschenkel\w*|schienbein\w*|bein(e|en|s)?)\b"
_RED = r"\b((knall|hoch|feuer|krebs)?rot|(knall|hoch|feuer)?rote[nmrs]?|gerötet\w*|rötung|rötlich\w*)\b"
_HOT = (
    r"\b(warm\w*|heiß\w*|überwärmt|glüh\w*|geschwollen\w*|angeschwollen\w*|"
    r"schwellung|dick\w*)\b"
)
_CALF = r"\b(wade|waden\w*|unterschenkel\w*)\b"
_SWOLLEN = (
    r"(geschwollen\w*|angeschwollen\w*|schwellung\w*|schwillt|\bdick\w*|\bprall\w*|"
    r"druck\w*|\b(drauf|darauf)?drück\w*|berührungsempfindlich\w*|"
    r"(bei|beim) (berühren|berührung|anfassen))"
)
_DARK = (
    r"\b(dunkel\w*|dunkle\w*|braun\w*|rotbraun\w*|cola\w*|schwarz\w*|tee\w*farben\w*|"
    r"rot|rote[nmrs]?|rötlich\w*|blut(?!erg)\w*|fleischwasser\w*)"
)
_URINE = r"\b(urin\w*|harn\b|pipi|pisse|pinkel\w*|pinkl\w*)"
_PAIN = r"(schmerz\w*|\bweh\b|\bwehtut\b)"
_NIGHT = r"\b(nachts?|nächt\w*|nacht\w*|mitternacht)\b"
_WAKES = (
    r"\bweck(t|en)\s+mich|raub\w*\s+mir\s+den\s+schlaf|reiß\w*\s+mich\s+aus\s+dem\s+schlaf"
    r"|(hält|halten)\s+mich\s+wach|schmerz\w*\s+(\w+\s+){0,2}(lass\w*|lässt)\s+mich\s+"
    r"(\w+\s+)?nicht\s+(\w+\s+)?(ein|durch)?schlafen"
    r"|(vor|wegen)\s+(den\s+|der\s+)?schmerz\w*\s+(\w+\s+){0,3}(auf|wach\w*|schlaf\w*|"
    r"einschlafen|durchschlafen|aufgewacht)\b"
    r"|\b(wach\w*|\w*schlaf\w*|aufgewacht)\s+(\w+\s+){0,3}(vor|wegen)\s+(den\s+|der\s+)?schmerz"
)
_BELOW_KNEE = r"(unterschenkel|waden?|fuß|füße\w*|zehen?|knöchel\w*|ferse\w*|bein)\b"
# below the knee, where tingling or numbness is felt: "Kribbeln im Fuß", "Zehen taub"
_LOWER = (
    r"(unterschenkel\w*|waden?|fuß(es|sohlen?|spitzen?|rücken)?|füßen?|zehe\w*|"
    r"knöchel\w*|fersen?|schienbein\w*)"
)
_SAME_CLAUSE = r"((?!(aber|sondern|doch|nur|jedoch)\b)\w+\s+)"
# the body parts someone no longer feels: "ich spüre mein Bein nicht mehr"
_FELT_PART = (
    r"((mein\w*|den|die|das)\s+)?((linke|rechte)\w*\s+)?(bein\w*|fuß\w*|füße\w*|"
    r"zehen|waden?|oberschenkel\w*|unterschenkel\w*|knie\w*)"
)
# a subject that can be weak: not pain getting weaker ("der Schmerz wird schwächer")
_NOT_AFTER_PAIN = (
    "(?<!schmerz )(?<!schmerzen )(?<!verspannung )(?<!verspannungen )(?<!ziehen )"
    "(?<!stechen )(?<!kribbeln )(?<!taubheit )(?<!schwellung )(?<!beschwerden )"
    "(?<!symptome )"
)
# "schwacher Schmerz" is mild pain, not a weak leg
_NOT_MILD = r"\b(?!\s+(schmerz|ziehen|verspann|kribbel|stech|druck|gefühl))"
# things someone takes off: "ich habe den Verband abgenommen" is no weight loss
_NOT_THING = (
    r"(?!(verband|bandage|tape|pflaster|orthese|schiene|strumpf|strümpf|kompression|"
    r"gips|anruf|telefon|hörer|wäsche|brille|deckel|uhr|ring|kette|schuh|socke|hose|"
    r"jacke|bild|foto|blut|eis|handtuch)\w*)"
)
_OFTEN = r"(ständig|dauernd|andauernd|oft|häufig|immer wieder)"


def _any_order(*parts: str) -> str:
    """Return a pattern for all of ``parts`` in any order, a few words apart.

    It only looks ahead, so it uses nothing up: "mein Bein ist taub, rot und warm" is
    numb too.
    """
    gap = rf"\W+((?!{_LEG_PART}\b)\w+\W+){{0,6}}"
    return "(?=" + "|".join(gap.join(order) for order in permutations(parts)) + ")"


# what a sentence says -> the sign of the public set; the most specific first, and the
# words that matched are used up (so "geschwollene Wade" is not also "Schwellung"). A
# pattern that only looks ahead, (?=...), uses nothing up: "Kribbeln im Fuß" is the
# place (below the knee) and still the tingling.
SIGN_PATTERNS: tuple[tuple[str, str], ...] = tuple((_loose(pattern), sign) for pattern, sign in (
    (rf"{_SADDLE}{_NEAR}{_NUMB}\b{_ELSEWHERE}|{_NUMB}\b{_ELSEWHERE}{_NEAR}{_SADDLE}|{_NUMB}\b{_ELSEWHERE}(?!.*\b{_NUMB}.*{_SADDLE})(?=.*{_SADDLE})|(spür|fühl)\w*\s+((mein\w*|den|die|das|ich)\s+)?(\w+\s+)?{_SADDLE}\s+(\w+\s+)?nichts?\b|\bsattel\w*|\breithose\w*|erektion\w*", "saddle_numbness"),
    (r"harnblase|\bblase\b(?!\s+(am|an|auf)\b)|blasen(schwäche|entleerung|kontrolle|funktion|problem\w*|störung\w*)|\bdarm(?!krebs)\w*|stuhlgang|inkontinen\w*|einnäss\w*|eingenässt|eingekotet|einkoten|windel\w*|in die hose|(urin|wasser|stuhl|harn) nicht (mehr )?(richtig )?halten|(nicht|kaum) (mehr )?(richtig )?(pinkeln|urinieren|wasser lassen)|(probleme|schwierigkeiten|mühe)\w* (\w+ ){0,2}(pinkeln|wasserlassen|wasser lassen|urinieren)|(nicht|kaum) (mehr )?(richtig )?(aufs klo|auf (die )?toilette|zur toilette|aufs wc)|keine\w* (stuhlgang|urin)\b|verlier\w*\s+(\w+\s+)?(urin|harn|stuhl)\b|(spür|merk|fühl)\w*\s+(\w+\s+){0,2}nicht\W+(mehr\W+)?(wenn|wann|ob|dass)\W+(\w+\W+){0,4}(toilette|klo|pink\w*|urinier\w*|blase|stuhl\w*|muss)|(pinkeln|urinieren|wasserlassen|wasser lassen|toilette|klo)\W+(\w+\W+){0,4}(kommt\s+(\w+\s+)?nichts|geht\s+(\w+\s+)?nicht(s)?\b)|press\w*\s+(\w+\s+){0,3}(pinkeln|urinieren|wasser lassen|wasserlassen)|(urin|pipi|harn|stuhl)\s+(\w+\s+){0,2}(läuft|tropft|geht|kommt)\s+(\w+\s+){0,2}(raus|heraus|ab|von selbst|von allein)\b|tröpf(e)?l\w*", "bladder_bowel_change"),
    (r"\batem(?!(übung|technik|rhythmus|zug|züge))\w*\b(?!\s+(holen|anhalten|angehalten|geholt))|(?<!normal )(?<!ruhig )(?<!tief )(?<!gut )(?<!frei )(?<!langsam )\batm\w*\b(?!\s+((ganz|wieder|dabei)\s+)?(normal|ruhig|tief|gut|frei|langsam|weiter|aus|ein|bewusst|gleichmäßig)\b)|(nicht|kaum|schwer)\s+(\w+\s+)?(durch|ein)atm\w*|kurzatmig\w*|luftnot|(keine|kaum|schlecht|schwer|wenig) luft|nach luft|luft\s+(\w+\s+)?weg\b|\bschnauf\w*|\bkeuch\w*|\bjaps\w*|hust\w*\s+(\w+\s+){0,2}blut|blut\w*\s+(\w+\s+){0,2}(gehustet|husten|abgehustet)|bluthust\w*|\bbrust(?!krebs|schwimm)\w*|\bherz(?!lich|haft)\w*|\w*embolie\w*", "breathlessness_chest_pain"),
    (rf"{_DARK}{_NEAR}{_URINE}|{_URINE}{_NEAR}{_DARK}", "dark_urine"),
    (r"fieber(?!frei)\w*|fiebrig\w*|(?<!normale )temperatur(?!\s+(ist\s+)?(normal|ok|okay|in ordnung))|schüttelfrost|fröstel\w*|nachtschweiß\w*|\w*schwitz\w*(?=\s+(\w+\s+){0,2}(nachts|in der nacht))|(?<=nachts )(\w+\s+){0,3}\w*schwitz\w*|\bich glühe\b|(habe|hab|hatte)\s+(\w+\s+){0,2}(38|39|40|41|achtunddreißig|neununddreißig|vierzig|einundvierzig)([,.]\d+)?\s*grad\b", "fever"),
    (rf"\b(habe|hab)\b(\s+(?!(hat|haben|ist|sind|wird|werden)\b){_NOT_THING}[\w-]+){{0,6}}\s+abgenommen|\bnehme\s+({_NOT_THING}\w+\s+){{0,3}}ab\b|gewicht\w*\s+(\w+\s+){{0,2}}(verlier\w*|verloren|sinkt|sank|fällt|fiel|geht\s+(\w+\s+)?(runter|zurück)|nimmt\s+(\w+\s+)?ab\b)|(verlier\w*|verloren)\s+(\w+\s+){{0,2}}gewicht|gewichtsverlust|gewichtsabnahme|kilo\w*\s+(\w+\s+){{0,2}}(verloren|weniger|abgenommen)|abgemagert|abmager\w*|(immer|viel|stark) dünner|dünner geworden", "unexplained_weight_loss"),
    (rf"(?={_PAIN}.*{_NIGHT})|{_NIGHT}(?=.*{_PAIN})|{_WAKES}|nachtschmerz\w*|{_NIGHT}\s+(\w+\s+){{0,3}}(schlimmer|am schlimmsten|stärker)\b|(schlimmer|am schlimmsten|stärker)\s+(\w+\s+){{0,2}}{_NIGHT}", "night_pain"),
    (r"krebs(?!rot)\w*|tumor\w*|karzinom\w*|metasta\w*|chemo\w*|leukämie|lymphom\w*|onkolog\w*|bestrahl\w*|strahlentherap\w*|bösartig\w*|sarkom\w*|melanom\w*|myelom\w*", "cancer_history"),
    (r"gestürzt|\w*sturz\b|\bstürz(e|t|en)\b|hingefallen|umgefallen|runtergefallen|heruntergefallen|hingeknallt|(?<!schwer )(?<!leicht )(?<!gut )(?<!mir )(?<!sehr )\bgefallen\b|hinfallen|ausgerutscht|unfall\w*|(?<!elektrischer )(?<!elektrischen )\bschlag\b|\bstoß\b|gestoßen|angestoßen|zusammengestoßen|zusammenstoß\w*|zusammenprall\w*|\bgetreten\b|umgetreten|einen tritt|angefahren|gefoult|\bfoul\b|umgerannt|umgestoßen|angerempelt|prellung\w*|geprellt|mir\s+(\w+\s+){0,3}angeschlagen", "trauma"),
    (rf"fallfuß|fußheber\w*|steppergang|storchengang|fuß(?!ball)\w*\s+(\w+\s+){{0,3}}(schleif\w*|hängt|klatsch\w*|schlägt|schlapp\w*|schlaff\w*|klapp\w*|gelähmt|fällt)|lähmung\w*\s+(\w+\s+){{0,2}}fuß|zieh\w*\s+(den|meinen|das|mein)\s+(fuß|bein)\s+nach\b|(fuß\w*|zehen?)\s+(\w+\s+)?(hebt|heben) sich\s+(\w+\s+)?nicht\b|(fuß|zehen?|fußspitze)\s+(\w+\s+){{0,4}}nicht (mehr )?(richtig )?(hoch\w*|heben|anheben|anziehen)|(zehen|fußspitze)\s+(\w+\s+){{0,2}}(bleib\w*|hängen)|bleib\w*\s+(\w+\s+){{0,2}}mit (dem fuß|den zehen|der fußspitze)|stolper\w*\s+(\w+\s+){{0,2}}über (meinen|den|die|meine)\s+(eigenen?\s+)?(fuß|füße|zehen)|{_OFTEN}\s+(\w+\s+)?stolper\w*|stolper\w*\s+(\w+\s+)?{_OFTEN}|(nicht|kaum)\s+(mehr\s+)?(richtig\s+)?(auf|mit)\s+(den|der)\s+fersen?\s+(gehen|laufen|stehen)", "foot_drop"),
    (rf"{_NOT_AFTER_PAIN}\b(wird|werden|werde|wurde|wurden)\s+(\w+\s+){{0,4}}schwächer|{_NOT_AFTER_PAIN}\bimmer schwächer|schwächer und schwächer|schwächer\s+(\w+\s+)?geworden|schwächer als (gestern|vorgestern|vorher|früher|sonst|zuvor|neulich|letzte\w*|vor\b)|schwäche\s+(\w+\s+){{0,3}}(nimmt\s+(\w+\s+){{0,2}}zu|wird\s+(\w+\s+){{0,2}}(schlimmer|stärker|mehr))|zunehmende\w* schwäche|kraft\s+(\w+\s+){{0,3}}(lässt|nimmt|ließ|nahm)\s+(\w+\s+){{0,2}}(nach|ab)\b|immer weniger kraft|(zunehmend|immer mehr|stetig|täglich|von tag zu tag)\s+(schwach\w*|schwächer)|verliere\w*\s+(\w+\s+){{0,2}}kraft|gelähmt|lähmung\w*|kann\s+(\w+\s+){{0,3}}(bein\w*|fuß|zehen|oberschenkel|knie)\s+(\w+\s+)?(nicht|kaum)\s+(mehr\s+)?(richtig\s+)?beweg\w*", "weakness_worsening"),
    (_any_order(_LEG, _RED, _HOT), "leg_red_warm_swollen"),
    (rf"{_SWOLLEN}{_NEAR}{_CALF}|{_CALF}{_NEAR}{_SWOLLEN}|(?={_CALF}\W+(\w+\W+){{0,6}}{_SWOLLEN})|(?={_SWOLLEN}\W+(\w+\W+){{0,6}}{_CALF})|\bwaden(schwellung|druckschmerz|umfang)\w*|\w*thrombos\w*", "calf_swelling"),
    (rf"unter(halb)?\s+(des|dem|der|den|meines|meinem|meiner|meinen|vom)\s+knie\w*|unter(m|s)\s+knie\w*|\bbein(e|en)?\s+(hinunter|herunter|runter|hinab|entlang)|\b(bis|ins|in die|in das|in mein|in meine|zum|zur)\s+(\w+\s+)?{_BELOW_KNEE}|\bin (den|meinen)\s+(\w+\s+)?(unterschenkel|fuß|knöchel)\b|\bischias(?!nerv)\w*|(?=\b{_NERVE}\s+{_SAME_CLAUSE}{{0,4}}?{_LOWER}\b)|(?=\b{_LOWER}\s+{_SAME_CLAUSE}{{0,3}}?{_NERVE})|(?=(spür|fühl)\w*\s+((mein\w*|den|die|das)\s+)?((linke|rechte)\w*\s+)?{_LOWER}\s+(\w+\s+)?nicht\b)", "radiating_below_knee"),
    (r"kribbel\w*|kribbl\w*|gekribbel|ameisen\w*|prickel\w*|britzel\w*|brizzel\w*|eingeschlafen|nadel\w*|elektrisier\w*|elektrisch\w*|stromschl(a|ä)g\w*|wie strom|missempfindung\w*|parästhesie\w*", "tingling"),
    (rf"taub\w*|gefühllos\w*|pelzig\w*|kein (richtiges |echtes )?gefühl|(kaum|wenig|weniger)\s+(noch\s+)?gefühl|gefühlsstörung\w*|sensibilitätsstörung\w*|abgestorben\w*|wie (tot|watte)|({_NOTHING_FELT})\s+(mehr\s+)?(im|in|am)\b|\b(im|in|am)\s+(\w+\s+){{1,3}}({_NOTHING_FELT})|(spür|fühl)\w*\s+{_FELT_PART}\s+(\w+\s+)?nicht\b|{_FELT_PART}\s+(\w+\s+){{0,3}}nicht (mehr )?spür\w*", "numbness"),
    (r"scharf\w*\s+(ziehen|zug|zerren)|zieht\s+(\w+\s+)?scharf|ziehen\s+(ist\s+)?scharf", "sharp_pull"),
    (r"plopp\w*|\bplop\w*|\bpop\b|knall(?!rot)\w*|geknallt|schnalz\w*|peitsch\w*|(?<!knie )(?<!knie hat )(?<!gelenk )(?<!gelenke )(?<!knien )\b(ge)?knack\w*(?!\w*(\s+\w+){0,3}\s+(knie|gelenk|hüft))", "pop"),
    (r"\breiß\w*|gerissen|zerriss\w*|zerriß\w*|eingerissen|abgerissen|\w*ri(ss|ß)e?\b", "tearing"),
    (r"plötzlich\w*\s+(\w+\s+){0,2}(schmerz\w*|stich\w*|stechen\w*)|schmerz\w*\s+(\w+\s+){0,2}plötzlich|stechend\w*\s+(\w+\s+)?schmerz\w*|scharf\w*\s+schmerz\w*|schmerz\w*\s+(\w+\s+){0,2}(stechend|scharf)\w*|einschießend\w*|\bsticht\b|\bstechen\b|\bein(en)? stich\b|messerstich\w*", "sudden_sharp_pain"),
    (r"schwell\w*|geschwollen\w*|angeschwollen\w*|schwillt|aufgequollen|\bdick(er|e|es)?\s+(geworden|ist|sind)\b|\b(ist|sind|wird|werden)\s+(\w+\s+)?dick(er)?\b", "swelling"),
    (r"blutergu(ss|ß)\w*|blutergü(ss|ß)\w*|\bblaue[rn]? fleck\w*|\bblau\w*|hämatom\w*|verfärb\w*|\blila\b", "bruising"),
    (rf"\bschwach\w*{_NOT_MILD}|(?<!wird )(?<!werden )(?<!immer )\bschwäch\w*{_NOT_MILD}|\bgeschwächt\w*|kraftlos\w*|(keine|kaum|wenig|weniger|nicht mehr|nicht genug|kaum noch|ohne)\s+(so\s+|große\w*\s+|richtige\w*\s+|rechte\w*\s+)?(viel\s+)?kraft|knick\w*\s+(\w+\s+)?(weg|ein)\b|wegknick\w*|gibt\s+(\w+\s+)?nach\b|nachgeben|wie (gummi|pudding)|(nicht|kaum)\s+(mehr\s+)?(richtig\s+)?auf\s+(den\s+|die\s+)?zehen(spitzen)?\s+(gehen|laufen|stehen)", "weakness"),
))  # fmt: skip
# "kein Fieber", "nicht taub", "weder Fieber noch Taubheit": a denied sign (with the
# place right after it: "keine Schmerzen unter dem Knie") is not logged. "Keine Kraft",
# "kein Gefühl", "keine Luft" are signs; "kann nicht pinkeln", "den Fuß nicht heben",
# "nicht mehr spüren" keep the words that make them signs. Pain that eases ("der
# Schmerz im Bein wird schwächer") is no weakness getting worse; a sign that eases or
# is gone ("die Taubheit ist weg") is still logged: it was there.
_DENIED_ARTICLE = (
    r"(mehr|ein|eine|einen|einem|einer|das|die|den|der|dem|mein|meine|meinen|meinem"
    r"|meiner|irgendein\w*|wirklich|besonders|starke[nmrs]?)"
)
# how the denied sign would be: "keine erhöhte Temperatur", "keinen dunklen Urin"
_DENIED_HOW = (
    r"(erhöht\w*|hohe[nmrs]?|dunkle[nmrs]?|braune[nmrs]?|plötzliche[nmrs]?|stechende[nmrs]?"
    r"|scharfe[nmrs]?|große[nmrs]?|neue[nmrs]?|echte[nmrs]?|richtige[nmrs]?|schwere[nmrs]?"
    r"|nächtliche[nmrs]?|auffällige[nmrs]?|ungewöhnliche[nmrs]?|spürbare[nmrs]?)"
)
# a denied word, never one that makes a sign with the denial ("keine Kraft") or that
# only links the sentence on ("nicht, wenn ich muss")
_KEPT = (
    r"(gefühl|kraft|luft|kontrolle|mehr|richtig|heben|anheben|hoch|halten|pinkeln"
    r"|urinieren|wasser|spür|schlafen|einschlafen|durchschlafen|atmen|durchatm|einatm"
    r"|stuhl|urin|harn|beweg|anzieh)"
)
_DENIED_WORD = (
    r"(?!(so|viel|genug|wenn|wann|ob|dass|auf|aufs|zur|zum)\b)"
    rf"(?!{_KEPT}\w*)(?!{_DENIED_HOW}\s+(gefühl|kraft|luft|kontrolle))[\w-]+"
)
_DENIED_PLACE = (
    r"(\s+(unter(halb)?|im|in|am|an|hinter|mit|beim?)\s+"
    r"((des|dem|der|den|die|das|meine[mnrs]?)\s+)?[\w-]+)?"
)
# "wird schwächer" of pain or of a sign is easing, no weakness getting worse
_EASES_PLACE = r"(im|in|am)\s+((der|dem|den)\s+)?\w+"
_EASES_HOW = (
    r"((immer|noch|zunehmend|deutlich|langsam|etwas|viel|schon|jetzt|wieder)\s+)*"
)
_EASES = (
    rf"((wird|werden|wurde|wurden)\s+{_EASES_HOW}(schwächer|weniger|besser|geringer)"
    rf"|(ist|sind|war|waren)\s+{_EASES_HOW}(schwächer|weniger|besser|geringer)"
    r"(\s+geworden|\s+als)?|(hat|haben)\s+((etwas|schon|jetzt|deutlich)\s+)?"
    r"(nachgelassen|abgenommen))"
)
NEGATED = re.compile(
    _loose(
        r"\bweder\s+[\w-]+(\s+noch\s+[\w-]+)?"
        r"|\b(kein|keine|keinen|keinem|keiner|keines|keins|keinerlei|ohne|nie|niemals"
        rf"|nicht)\b(\s+{_DENIED_ARTICLE})?(\s+{_DENIED_HOW})?\s+{_DENIED_WORD}{_DENIED_PLACE}"
        rf"(\s+oder\s+({_DENIED_ARTICLE}\s+)?{_DENIED_WORD}{_DENIED_PLACE})?"
        r"|\b(schmerz\w*|verspannung\w*|ziehen|stechen|beschwerden)"
        rf"(\s+{_EASES_PLACE})?\s+{_EASES}"
        rf"|((?<=kribbeln )|(?<=taubheit )|(?<=schwellung ))({_EASES_PLACE}\s+)?{_EASES}"
    )
)
# "both legs" is a side, read without using the words up ("beide Waden sind geschwollen"
# is still a swollen calf); legs in the plural are both legs ("meine Beine kribbeln")
BOTH_SIDES = re.compile(
    _loose(
        r"(?=\bbeide[nrs]?\s+((hinter|unter|linke|rechte)\w*\s+)?(bein(e|en)?|seiten|"
        r"oberschenkel\w*|unterschenkel\w*|waden?|knien?|kniekehlen|füße\w*|fußsohlen|"
        r"zehen|hamstrings|beinbeuger|gesäßhälften|pobacken)\b"
        r"|\bbeidseit(ig|s)\w*|\bbeiderseit\w*|\bauf beiden seiten\b"
        r"|\b(rechts und links|links und rechts|links wie rechts|rechts wie links)\b"
        r"|(?<!zwischen den )\b(beine|beinen|füße|füßen|waden|oberschenkeln|"
        r"unterschenkeln|kniekehlen)\b"
        r"|\b(linke\w*|rechte\w*)\s+und\s+(\w+\s+)?(rechte\w*|linke\w*)\b"
        r"|\bauch\s+(\w+\s+){0,3}andere[nrs]?\s+(bein|seite|oberschenkel|wade|fuß|knie)\b)"
    )
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
