"""French: the sentences Assist understands, numbers and signs in words."""

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

# "pour Marie", "pour le profil Bureau": only "pour", since "au", "en" and "du" are
# words of the routines' own names ("Pause au bureau")
_FOR_PROFILE = "[pour [le profil|mon profil] {profile}]"

# the body around a symptom: "des fourmillements sous le genou", "dans l'aine"
_WHERE = (
    "(à l'arrière de|à l'arrière du|en dessous des|en dessous du|en dessous de|"
    "au niveau des|au niveau du|au niveau de|autour des|autour du|autour de|"
    "le long du|le long de|en bas du|en bas de|en haut du|en haut de|jusqu'aux|"
    "jusqu'au|jusqu'à|derrière|derriere|dans|sous|sur|vers|entre|aux|au|à|a)"
)
_THE = "[le|la|les|l'|mon|ma|mes|les deux|mes deux|deux|des|du|de la|de l']"
_BODY = (
    "(jambe|jambes|genou|genoux|cuisse|cuisses|mollet|mollets|ischio|ischios|"
    "ischio-jambier|ischio-jambiers|ischiojambiers|aine|aines|fesse|fesses|fessier|"
    "fessiers|pied|pieds|orteil|orteils|cheville|chevilles|hanche|hanches|dos|"
    "bas du dos|bas-ventre|lombaires|côté|côtés|entrejambe|entre-jambe|"
    "entre les jambes|entre les cuisses|parties génitales|parties intimes|sexe|"
    "périnée|anus|pli de l'aine)"
)
_SIDE = "[gauche|droite|droit|gauches|droites|droits]"
_FELT = (
    "(j'ai senti|j'ai ressenti|j'ai remarqué|j'ai noté|j'ai eu|j'ai comme|j'ai|"
    "j'avais|je sens|je ressens|je sentais|je remarque|je note|je n'ai|il y a|"
    "ça me fait|ca me fait|ça fait)"
)
_HAMSTRINGS = "(ischios|ischio-jambiers|ischio jambiers|ischiojambiers|ischio)"
_OUT_OF_TEN = "sur (10|dix)"
_PROFESSIONAL = (
    "(kiné|kine|kinés|kinésithérapeute|kinesitherapeute|kinésithérapeutes|"
    "kinésiste|physio|physiothérapeute|physiotherapeute|médecin|medecin|docteur|"
    "généraliste|generaliste|professionnel de santé|professionnel|spécialiste|"
    "specialiste|toubib)"
)
_PRO = f"(un|une|le|la|mon|ma|les) {_PROFESSIONAL}"
_REMINDERS = (
    "[mes|les] rappel[s] [de posture|de pause|de pauses|de pause et de posture|"
    "de posture et de pause]"
)

# intent -> French sentence templates (hassil syntax: [optional], (a|b), {wildcard})
SENTENCES: dict[str, list[str]] = {
    INTENT_STATUS: [
        (
            "depuis combien de temps (suis-je|je suis|est-ce que je suis|suis je) "
            f"(assis|assise) [aujourd'hui] {_FOR_PROFILE}"
        ),
        (
            "combien de temps (ai-je|j'ai|est-ce que j'ai|ai je) (été|passé|passe) "
            f"(assis|assise|en position assise) [aujourd'hui] {_FOR_PROFILE}"
        ),
        (
            "combien de temps (suis-je|je suis|est-ce que je suis|suis je) (resté|"
            f"restée) (assis|assise) [aujourd'hui] {_FOR_PROFILE}"
        ),
        (
            "combien de (temps|minutes|heures) (ai-je|j'ai|est-ce que j'ai|ai je) "
            f"passé[es] (assis|assise|sur ma chaise) [aujourd'hui] {_FOR_PROFILE}"
        ),
        (
            "(quel est|c'est quoi|donne-moi|dis-moi) mon temps (assis|en position "
            f"assise) [aujourd'hui|d'aujourd'hui|du jour] {_FOR_PROFILE}"
        ),
        (
            "(suis-je|est-ce que je suis|je suis) (assis|assise) depuis longtemps "
            f"{_FOR_PROFILE}"
        ),
    ],
    INTENT_LOG_SYMPTOMS: [
        # tightness 0-10
        (
            f"mes {_HAMSTRINGS} (sont à peu près à|sont tendus à|sont à|sont|tirent à|"
            f"me tirent à) {{tightness}} {_OUT_OF_TEN} {_FOR_PROFILE}"
        ),
        (
            f"(ma|la) (tension|raideur) (des|de mes|aux|dans les|dans mes) {_HAMSTRINGS} "
            f"(est à|est de|est) {{tightness}} [{_OUT_OF_TEN}] {_FOR_PROFILE}"
        ),
        (
            "(note|noter|notez|enregistre|enregistrer|enregistrez) [une|ma|la] "
            f"(tension|raideur) (des|de mes|aux|dans les|dans mes) {_HAMSTRINGS} [à|de] "
            f"{{tightness}} [{_OUT_OF_TEN}] {_FOR_PROFILE}"
        ),
        (
            "(note|noter|notez|enregistre|enregistrer|enregistrez) [mes] "
            f"{_HAMSTRINGS} à {{tightness}} [{_OUT_OF_TEN}] {_FOR_PROFILE}"
        ),
        # a symptom with the body around it: the whole sentence is read for signs
        f"{_FELT} {{sensation}} {_WHERE} {_THE} {_BODY} {_SIDE} {_FOR_PROFILE}",
        (
            "(j'ai|je sens|je trouve|j'avais) (le|la|les|l'|mon|ma|mes) "
            "(jambe|jambes|cuisse|cuisses|mollet|mollets|pied|pieds|genou|genoux|"
            "fesse|fesses|aine|entrejambe|orteils|cheville|urine|urines) "
            f"{_SIDE} {{sensation}} {_FOR_PROFILE}"
        ),
        (
            "(mon|ma|mes) (jambe|jambes|cuisse|cuisses|mollet|mollets|pied|pieds|"
            "genou|genoux|fesse|fesses|entrejambe|orteils|urine|urines|pipi) "
            f"{_SIDE} (est|sont|devient|deviennent|me semble|me semblent|semble|"
            f"semblent|paraît|paraissent|a l'air|ont l'air|reste|restent) "
            f"{{sensation}} {_FOR_PROFILE}"
        ),
        (
            "je ne (sens|ressens) (plus|pas|plus rien|rien) [dans|à|au|aux|sur] "
            f"{_THE} {_BODY} {_SIDE} {_FOR_PROFILE}"
        ),
        (
            "(note|noter|notez|enregistre|enregistrer|enregistrez) [un|des|le|les|"
            f"mes|mon|ce] (symptôme|symptômes|symptome|symptomes) {{sensation}} "
            f"{_FOR_PROFILE}"
        ),
        # signs that have no body part
        (
            "j'ai (de la fièvre|de la fievre|la fièvre|de la température|"
            "de la temperature|des frissons|une douleur dans la poitrine|"
            "une douleur à la poitrine|des douleurs dans la poitrine|"
            "des douleurs à la poitrine|mal à la poitrine|mal dans la poitrine|"
            "une douleur thoracique|une oppression dans la poitrine|"
            "du mal à respirer|le souffle court|des urines foncées|"
            "des urines brunes|des urines couleur cola|"
            "des urines couleur coca|mal la nuit|des douleurs la nuit|"
            "une douleur la nuit|des douleurs nocturnes|un cancer|eu un cancer|"
            "des antécédents de cancer|un pied tombant|le pied tombant|"
            "fait une chute|chuté|eu un accident|pris un coup|reçu un coup|"
            "des fuites urinaires|des fuites d'urine|du mal à uriner|"
            "des fourmillements|des fourmis|des picotements|un engourdissement|"
            "un tiraillement vif|une déchirure|un claquage|un hématome|"
            "une douleur vive et soudaine|une douleur vive|une douleur soudaine|"
            f"perdu du poids|maigri) [avant|déjà|autrefois] {_FOR_PROFILE}"
        ),
        (
            "j'ai (perdu du poids|maigri) (sans (le vouloir|raison|essayer|"
            f"faire de régime|explication)|sans le faire exprès) {_FOR_PROFILE}"
        ),
        (
            "je perds du poids [sans (le vouloir|raison|essayer|faire de régime|"
            f"explication)] {_FOR_PROFILE}"
        ),
        (
            "(j'ai|j'ai eu|j'ai senti|j'ai entendu) (un claquement|un craquement|"
            f"quelque chose claquer|quelque chose se déchirer|quelque chose lâcher) "
            f"{_FOR_PROFILE}"
        ),
        (
            "je (suis|me sens|me suis senti|me suis sentie) (essoufflé|essoufflée|"
            "à bout de souffle|hors d'haleine|fiévreux|fiévreuse|fievreux|"
            f"fievreuse) {_FOR_PROFILE}"
        ),
        (f"je (manque|manquais) (de souffle|d'air) [au moindre effort] {_FOR_PROFILE}"),
        f"je (respire mal|fais de la fièvre|fais de la température) {_FOR_PROFILE}",
        (
            "je (ne peux pas|ne peux plus|n'arrive pas à|n'arrive plus à) "
            f"(respirer|reprendre mon souffle) {_FOR_PROFILE}"
        ),
        (
            "(j'ai|je ressens) (une douleur|des douleurs|mal) qui me (réveille|"
            f"réveillent) [la nuit] {_FOR_PROFILE}"
        ),
        f"je ne dors plus à cause de la douleur {_FOR_PROFILE}",
        (f"je ne sens (plus|plus rien|rien) quand je m'essuie {_FOR_PROFILE}"),
        (
            "je (me suis étalé|me suis étalée|me suis fait renverser|"
            f"ai glissé et je suis tombé|ai glissé et je suis tombée) {_FOR_PROFILE}"
        ),
        (
            "je (suis tombé|suis tombée|me suis cogné|me suis cognée|"
            f"fais une chute|viens de tomber) {_FOR_PROFILE}"
        ),
        (
            "(la|ma) douleur (me réveille|me réveille la nuit|m'empêche de dormir|"
            f"me tient éveillé|me tient éveillée) {_FOR_PROFILE}"
        ),
        (
            "j'ai (été soigné|été soignée|été traité|été traitée) pour un cancer "
            f"{_FOR_PROFILE}"
        ),
        (f"(je traîne|je traine) (le|du|mon) pied [en marchant] {_FOR_PROFILE}"),
        (
            "(mon|le) pied (traîne|traine|claque|tombe|accroche) [par terre|au sol|"
            f"en marchant] {_FOR_PROFILE}"
        ),
        (
            "je (n'arrive plus|n'arrive pas|ne peux plus|ne peux pas) (à relever|"
            f"relever) (le|mon) pied {_FOR_PROFILE}"
        ),
        (
            "je (n'arrive plus|n'arrive pas|ne peux plus|ne peux pas) (à uriner|"
            "uriner|à faire pipi|faire pipi|à retenir mes urines|"
            "retenir mes urines|à aller à la selle|aller à la selle) "
            f"{_FOR_PROFILE}"
        ),
        (
            "je ne (contrôle|controle|sens) plus (ma vessie|mes intestins) "
            f"{_FOR_PROFILE}"
        ),
    ],
    INTENT_START_ROUTINE: [
        (
            "(lance|lancer|lancez|démarre|démarrer|démarrez|demarre|commence|"
            "commencer|commencez|débute|fais|faire|faisons|on fait|je veux faire) "
            f"[la|ma] routine [de|d'|du] {{routine}} {_FOR_PROFILE}"
        ),
        (
            "(lance|lancer|lancez|démarre|démarrer|démarrez|demarre|commence|"
            "commencer|commencez|débute|fais|faire|faisons|on fait|je veux faire) "
            "[les|mes] (exercices|étirements|etirements) [de|d'|du|des|pour] "
            f"{{routine}} {_FOR_PROFILE}"
        ),
        (
            "(lance|lancer|lancez|démarre|démarrer|démarrez|demarre|commence|"
            "commencer|commencez|débute|fais|faire|faisons|on fait|je veux faire) "
            f"[la|ma] séance [de|d'|du] {{routine}} {_FOR_PROFILE}"
        ),
    ],
    INTENT_NEXT_STEP: [
        f"(étape|exercice) suivant[e] {_FOR_PROFILE}",
        (
            "(passe|passer|passons|passez|on passe) à (l'étape|l'exercice) "
            f"suivant[e] {_FOR_PROFILE}"
        ),
    ],
    INTENT_PAUSE_ROUTINE: [
        f"(mets|mettre|mettez|met) [la|ma] routine en pause {_FOR_PROFILE}",
        f"(mets|mettre|mettez|met) en pause [la|ma] routine {_FOR_PROFILE}",
        f"(suspends|suspendre|suspendez) [la|ma] routine {_FOR_PROFILE}",
        f"pause [de] [la|ma] routine {_FOR_PROFILE}",
    ],
    INTENT_RESUME_ROUTINE: [
        (
            "(reprends|reprendre|reprenez|reprenons|continue|continuer|continuez|"
            "continuons|relance|relancer|relancez|poursuis|poursuivre|poursuivez) "
            f"[la|ma] routine {_FOR_PROFILE}"
        ),
    ],
    INTENT_STOP_ROUTINE: [
        (
            "(arrête|arrêter|arrêtez|arrete|arreter|stoppe|stopper|stoppez|stop|"
            "termine|terminer|terminez|annule|annuler|annulez|finis|finir) "
            f"[la|ma] routine {_FOR_PROFILE}"
        ),
        (
            "(arrête|arrêter|arrêtez|arrete|arreter|stoppe|stopper|stoppez|stop) "
            f"[les|mes] (exercices|étirements) {_FOR_PROFILE}"
        ),
    ],
    INTENT_SNOOZE: [
        (
            "(reporte|reporter|reportez|repousse|repousser|repoussez|suspends|"
            "suspendre|suspendez|décale|décaler|décalez|coupe|couper|coupez|"
            f"désactive|désactiver|désactivez) {_REMINDERS} (pendant|pour|de) "
            f"{{minutes}} minutes {_FOR_PROFILE}"
        ),
        (
            f"(mets|mettre|mettez) {_REMINDERS} en (pause|sourdine|veille) "
            f"(pendant|pour) {{minutes}} minutes {_FOR_PROFILE}"
        ),
        (
            "(reporte|reporter|reportez|repousse|repousser|repoussez|suspends|"
            "suspendre|suspendez|décale|décaler|décalez) "
            f"{_REMINDERS} {_FOR_PROFILE}"
        ),
        f"(mets|mettre|mettez) {_REMINDERS} en (pause|sourdine|veille) {_FOR_PROFILE}",
    ],
    INTENT_TRIAGE: [
        (
            "(est-ce que je dois|dois-je|dois je|je dois|est-ce que je devrais|"
            "devrais-je|devrais je|je devrais|est-ce qu'il faut|faut-il|faut il|"
            "il faut) (voir|consulter|aller voir|aller chez|appeler) "
            f"{_PRO} {_FOR_PROFILE}"
        ),
        (
            "(est-ce que j'ai besoin|ai-je besoin|ai je besoin|j'ai besoin) "
            f"((de voir|de consulter|d'aller voir|d'aller chez) {_PRO}|(d'un|d'une) "
            f"{_PROFESSIONAL}) "
            f"{_FOR_PROFILE}"
        ),
        (
            "(est-ce qu'il faut que je|faut-il que je|faut il que je|il faut que je) "
            f"(voie|consulte|aille voir|aille chez) {_PRO} {_FOR_PROFILE}"
        ),
        (
            "(est-ce que je dois|dois-je|dois je|est-ce que je devrais|devrais-je|"
            f"devrais je|faut-il|faut il) consulter {_FOR_PROFILE}"
        ),
    ],
}

NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        [
            "zéro",
            "un",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize",
            "dix-sept",
            "dix-huit",
            "dix-neuf",
            "vingt",
        ]
    )
} | {
    "zero": 0,
    "une": 1,
    "dix sept": 17,
    "dix huit": 18,
    "dix neuf": 19,
    "vingt-cinq": 25,
    "vingt cinq": 25,
    "trente": 30,
    "quarante": 40,
    "quarante-cinq": 45,
    "quarante cinq": 45,
    "cinquante": 50,
    "soixante": 60,
    "quatre-vingt-dix": 90,
    "quatre vingt dix": 90,
}

# the words of a body part and of feeling nothing, for the signs below
_GROIN = (
    r"\b(aines?|entre-?jambes?|entre les (jambes|cuisses)|parties (génitales|intimes)"
    r"|organes? génitaux|génital\w*|sexe|pénis|vagin|vulve|périnée|anus|fesses?"
    r"|fessiers?)\b"
)
_NO_FEELING = (
    r"(engourd|insensib|fourmi|picot|\bne (res)?sen[st] (plus|pas|rien)|sens plus rien"
    r"|(perte|perdu|perds?) (de )?(la )?sensibilit|(plus|pas|aucune|moins) de sensation"
    r"|aucune sensation|endormi)\w*"
)
_RED = r"\b(rouges?|rougeurs?|rougi\w*|rougeâtres?)\b"
_WARM = r"\b(chaud\w*|chaleur|brûlant\w*|brulant\w*|gonfl\w*|enfl\w*)"
_LIMB = r"\b(mollets?|cuisses?|jambes?)\b"
# up to five words between, none of them "et", "mais", "ou", "puis" (another clause)
_NEAR = r"[\s'\u2019-]+((?!(et|mais|ou|puis)\b)\w+[\s'\u2019-]+){0,5}?"
# after a noun, its adjectives ("mollet chaud et gonflé"), not another noun ("et ma cuisse")
_ADJ = r"[\s'\u2019,-]+((?!(mais|ou|puis|ma|mon|mes|la|le|les|un|une|des|l)\b)\w+[\s'\u2019,-]+){0,5}?"

# what a sentence says -> the sign of the public set; the most specific first, and the
# words that matched are used up (so "mollet gonflé" is not also "gonflement").
SIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"{_NO_FEELING}{_NEAR}({_GROIN}|(m'|m\u2019)essui\w*)|(m'|m\u2019)essui\w*{_NEAR}{_NO_FEELING}|{_GROIN}[\s\'\u2019-]+((?!(et|mais|ou|puis)\b)\w+[\s\'\u2019-]+){{0,3}}?{_NO_FEELING}|\ben selle\b", "saddle_numbness"),
    (r"vessie|intestin|incontinen|\bselles?\b|rétention|retention|\bfuites?\b|(pertes?|perdu|perds?) (d'|d\u2019|de l')urine|urinaire|\b(ne|n'|n\u2019|peux|arrive|parviens|mal à|difficult\w*|impossible)\W+(\w+\W+){0,5}?(uriner|pipi|pisser|caca|aller à la selle|aller aux toilettes|me retenir|retenir (mes |les |l')?(urines?|selles|pipi))|(pipi|urin\w*|selles?|caca)\W+(\w+\W+){0,3}?sans (m'en|m\u2019en|le|la) (rendre compte|sentir|savoir|contr[ôo]ler)|envie d'uriner|(fait|uriné) (pipi |caca )?(dessus|sur moi)|mouillé (mon|ma) (pantalon|slip|lit|culotte)", "bladder_bowel_change"),
    (r"souffle|essouffl|haleine|poitrine|thora|oppress|manqu\w* d\W?air|étouff|etouff|suffoqu|respiratoire|\b(mal|peine|difficult\w*|dur|gên\w*|gene\w*|peux|peut|arrive|bloqu\w*)\W+(\w+\W+){0,3}?respir\w*|respir\w* (\w+ )?(mal|difficilement|avec (peine|difficulté|du mal))", "breathlessness_chest_pain"),
    (rf"\b(urines?|pipi|pisse)\b{_NEAR}(fonc\w*|brun\w*|marron|sombres?|noir\w*|cola|coca|rouge\w*)|\b(fonc\w*|brun\w*|marron|sombres?|cola|coca)\b{_NEAR}(urines?|pipi)\b", "dark_urine"),
    (r"fièvre|fievre|fiévr|fievr|fébril|febril|températur|temperatur|frisson|grelott", "fever"),
    (r"(perdu|perds|perd|perte de|perdre)\s+(\w+\s+){0,3}?(poids|kilos?|kg)\b|maigri|amaigri|maigrir", "unexplained_weight_loss"),
    (rf"(douleur\w*|douloureu\w*|(?<!du )(?<!dors )\bmal\b){_NEAR}(nuits?|nocturne\w*)\b|\b(nuits?|nocturne\w*){_NEAR}(douleur\w*|douloureu\w*|(?<!du )(?<!dors )mal\b)|(douleur|mal|ça|ca|cela|elle)\s+(me|m'|m\u2019)\s*(réveill|reveill)\w*|(réveill|reveill)\w*{_NEAR}(douleur|mal)\b|(empêch|empech)\w* de dormir|\b(dor[ms]\w*|sommeil)\b{_NEAR}(douleur|(?<!du )mal\b)|(douleur|(?<!du )\bmal)\b{_NEAR}(dormir|sommeil)", "night_pain"),
    (r"cancer|tumeur|chimio|métasta|metasta|leucémie|leucemie|lymphome|radiothérapie", "cancer_history"),
    (r"(?<!pied )(?<!pieds )(?<!qui )\btomb(é|ée|és|ées|e|es|er|ais|ait)\b|\bchut(e|es|é|ée|er)\b|(?<!à )(?<!a )(?<!du )(?<!d'un )(?<!d\u2019un )\bcoups?\b(?! de (fouet|poignard|couteau|froid|chaud|pouce|main|fil|œil|oeil))|accident|percut\w*|\bchocs?\b|\bcogn\w*|renvers\w*|glissé|(m'|m\u2019|me suis )(étal|etal|vautr)\w*|gamelle", "trauma"),
    (r"pieds? (\w+ ){0,2}?(tombant|tombe|tra[iî]n\w*|claqu\w*|accroch\w*|racl\w*)|tra[iî]n\w* (le|du|mon|les|des) pieds?|steppage|relever (le |mon |la pointe du |le bout du )?pied|pieds? ne se rel[eè]v\w*|(orteils?|(pointe|bout) d\w* (mon )?pied) (\w+ ){0,2}?(accroch|racl|frott|tra[iî]n)\w*", "foot_drop"),
    (r"de plus en plus (faible|de faiblesse)|(dev\w+|rest\w+) (\w+ )?plus faible|faibli[st]\w* (\w+ )?de plus en plus|(s'|s\u2019)affaibli\w*|faiblesse\w*\W+(\w+\W+){0,2}?(aggrav|augment|empir|progress|accentu|grandiss|croiss)\w*|(aggrav|empir|augment)\w* (de )?(la )?faiblesse|perd\w* (de plus en plus )?(de )?(la )?force|de moins en moins de force|force (\w+ )?diminu\w*|(lâch|lach|dérob|derob)\w*\W+(\w+\W+){0,2}?de plus en plus", "weakness_worsening"),
    (rf"{_LIMB}[^.;]*?({_RED}[^.;]*?{_WARM}|{_WARM}[^.;]*?{_RED})([^.;]*{_WARM})?|({_RED}[^.;]*?{_WARM}|{_WARM}[^.;]*?{_RED})[^.;]*?{_LIMB}", "leg_red_warm_swollen"),
    (rf"(gonfl|enfl|œdème|oedème|oedeme|sensible|douloureu\w* au toucher)\w*{_NEAR}mollets?\b|\bmollets?\b{_ADJ}(gonfl|enfl|œdème|oedème|oedeme|sensible|douloureu\w* au toucher)|\bmollets?\b{_NEAR}(quand|si|dès que|lorsque) (j'|j\u2019|je |on )(\w+ )?(appui|touch|press)\w*", "calf_swelling"),
    (r"(sous|en dessous d\w*|en-dessous d\w*|au-dessous d\w*|au dessous d\w*|plus bas que|jusque? sous)\s+(le |les |mon |mes |du |des |l'|la )?\s*genoux?\b|\b(descend|irradi|fil|propag|diffus|s'étend|s'etend|s\u2019étend)\w*\W+(\w+\W+){0,4}?(jambes?|mollets?|pieds?|chevilles?|orteils?)\b|jusqu'?\s?(au|aux|à la|dans le|dans les) (pieds?|mollets?|chevilles?|orteils?)\b", "radiating_below_knee"),
    (r"fourmi|picot|aiguilles|décharges? électrique|decharges? electrique", "tingling"),
    (r"engourd|insensib|\bne (res)?sen[st] (plus|pas|rien)|\bsens plus (rien|ma|mon|mes|la|le|les)\b|(perte|perdu|perds?) (de )?(la )?sensibilit|(plus|pas|aucune|moins) de sensation|aucune sensation|(jambes?|pieds?|cuisses?|mollets?|fesses?|orteils?) (\w+ )?endormi\w*|endormi\w* (la |le |les |ma |mon |mes )?(jambes?|pieds?|cuisses?|mollets?|orteils?)", "numbness"),
    (r"tiraill\w*\W+(\w+\W+)?(vifs?|vives?|aigus?|aiguës?|aigües?|brutal\w*|violent\w*|nets?|nettes?|soudain\w*|brusques?)\b|\b(vifs?|violents?|brusques?|brutal|nets?|soudains?)\s+tiraill|(ça|ca|qui) (me )?tire (très fort|fort|violemment|brusquement|d'un coup|d\u2019un coup)", "sharp_pull"),
    (r"claqu(?!age)\w*|\bcrac\b|craquement|\bpop\b", "pop"),
    (r"déchir\w*|dechir\w*|claquage|rupture|arrach\w*|(quelque chose|ça|ca) (a )?(lâché|laché|lache|cédé|cede)", "tearing"),
    (r"douleur\w*\s+(\w+\s+)?(vives?|aiguës?|aigues?|aigües?|soudaines?|brutales?|fulgurantes?|brusques?|violentes?|poignantes?)\b|\b(vives?|soudaines?|brutales?|brusques?|violentes?|fulgurantes?)\s+douleur|coup de (fouet|poignard|couteau)|(d'un coup|d\u2019un coup|tout à coup|soudain\w*|brusquement|brutalement)\W+(\w+\W+){0,4}?(mal|douleur)\b|\b(mal|douleur)\W+(\w+\W+){0,2}?(d'un coup|d\u2019un coup|tout à coup|soudain\w*|brusquement|brutalement)", "sudden_sharp_pain"),
    (r"gonfl|enfl|œdème|oedème|oedeme", "swelling"),
    (r"\bbleus?\b|ecchymose|hématome|hematome|bleui|violacé|violace", "bruising"),
    (r"faiblesse|faibli|(jambes?|genoux?|cuisses?|mollets?|pieds?|ischios?|muscles?|sens|sent|je suis)\s+(\w+\s+){0,2}?faibles?\b|(pas|plus|sans|manque|perte|aucune) (de )?(la )?force|(jambes?|genoux?) (qui )?(lâch|lach|cède|cede|se dérob|se derob)\w*", "weakness"),
)  # fmt: skip

# "pas de fièvre", "sans fourmillements", "je n'ai pas eu de fièvre", "ni frissons",
# "pas engourdi": a denied sign is not logged. Never a denial: "je ne sens pas ma
# jambe", "pas de sensation", "plus de force", "je n'arrive pas à uriner" (signs).
NEGATED = re.compile(
    r"\b(?:pas|jamais|sans|ni|aucun|aucune|(?<=n'ai )plus|(?<=n\u2019ai )plus)\b"
    r"(?:\s+(?:vraiment|trop|encore|du tout|eu|senti|sentie|ressenti|ressentie"
    r"|remarqué|noté|constaté|observé|vu))*"
    r"\s*(?:de\s+|d'\s*|d\u2019\s*|du\s+|des\s+|un\s+|une\s+)?"
    r"(?!(?:à|a|au|aux|mon|ma|mes|le|la|les|l|son|sa|ses|ton|ta|tes|de|d|du|des"
    r"|plus|rien|grand\w*|sensation\w*|sensibilit\w*|force\w*|contr[ôo]l\w*"
    r"|retenir|uriner|relever|lever|marcher|tra[iî]ner|boiter|respirer|sentir"
    r"|bouger|tenir|plier|aller|faire|contr[ôo]ler|m|me|s|se|en|y"
    r"|mal\s+(?:de|d|du|des))\b)[\w-]+"
    r"(?:\s+(?:sous|en dessous d\w*|au-dessous d\w*|au niveau d\w*|dans|sur|à|au"
    r"|aux|avec|de|d'|d\u2019|du|des|derrière)\s*(?:le\s+|la\s+|les\s+|l'|l\u2019"
    r"|mon\s+|ma\s+|mes\s+)?[\w-]+)?"
)
# "les deux jambes", "des deux côtés": only "deux" is taken, so "sous les deux
# genoux" still reads as below the knee
BOTH_SIDES = re.compile(
    r"\bdeux(?=\s+(?:jambes|c[ôo]t[ée]s|cuisses|ischios|ischio-jambiers|mollets"
    r"|genoux|pieds|fesses|hanches)\b)|\b(?:tous|toutes) les deux\b|\bbilat[ée]ra\w*"
)


WORDS = VoiceWords(
    language="fr",
    sentences=SENTENCES,
    number_words=NUMBER_WORDS,
    sign_patterns=SIGN_PATTERNS,
    negated=NEGATED,
    both_sides=BOTH_SIDES,
    routine_words=(
        "routine",
        "exercices",
        "étirements",
        "séance",
        "la",
        "le",
        "les",
        "ma",
        "mon",
        "mes",
        "de",
        "des",
        "du",
    ),
)
