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

# what follows a symptom: the whole sentence is read for signs (symptoms_from)
_SAID = "{sensation} " + _FOR_PROFILE
_REST = "[{sensation}] " + _FOR_PROFILE
_PARTS = (
    "(jambe|jambes|cuisse|cuisses|mollet|mollets|pied|pieds|genou|genoux|fesse|"
    "fesses|aine|entrejambe|orteil|orteils|cheville|chevilles|urine|urines|pipi|"
    "vessie|poitrine|souffle|thorax|cœur|coeur|sexe|parties intimes|parties génitales|"
    "organes génitaux|zone génitale|testicules|périnée|anus|derrière|cul|"
    "intérieur des cuisses|douleur|faiblesse|sensibilité)"
)
_DET = (
    "(des|un|une|du|de la|de l'|la|le|les|l'|mon|ma|mes|plus de|beaucoup de|"
    "comme des|comme une|comme un|toujours des|encore des)"
)
# the signs a sentence may name ("j'ai des fourmillements", "il y a du sang")
_SIGN_NOUNS = (
    "(fourmillements|fourmillement|fourmis|picotements|picotement|engourdissement|"
    "engourdissements|décharges|decharges|aiguilles|fuites|frissons|sueurs|douleur|"
    "douleurs|oppression|sciatique|cruralgie|faiblesse|force|fièvre|fievre|"
    "anesthésie|sang|cancer|tumeur|métastases|lymphome|leucémie|"
    "myélome|mélanome|sarcome|chimio|chimiothérapie|radiothérapie|rougeur|bleu|"
    "hématome|gonflement|œdème|oedème|claquement|craquement|déchirure|élancement|"
    "élancements|tiraillement|urines|perte de poids|perte de sensibilité)"
)
# what one can no longer do: "je n'arrive plus à uriner", "impossible de dormir"
_UNABLE = (
    "[à|a|de|d'] (respirer|reprendre mon souffle|uriner|faire pipi|pisser|"
    "me retenir|retenir mes urines|faire caca|aller à la selle|aller aux toilettes|"
    "vider ma vessie|lever le pied|relever le pied|lever la pointe du pied|"
    "relever la pointe du pied|remonter le pied|marcher sur les talons|dormir)"
)

# intent -> French sentence templates (hassil syntax: [optional], (a|b), {wildcard})
SENTENCES: dict[str, list[str]] = {
    INTENT_STATUS: [
        (
            "depuis (combien de temps|quand) (suis-je|je suis|est-ce que je suis|suis je) "
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
            "combien (de temps|de minutes|d'heures) (ai-je|j'ai|est-ce que j'ai|ai je) "
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
        # a body part, then what it does: "mon pied traîne", "la douleur me réveille"
        f"(mon|ma|mes|le|la|les|l'|mes deux|les deux) {_PARTS} {_SIDE} {_SAID}",
        f"(j'ai|je sens|je trouve|j'avais) {_THE} {_PARTS} {_SIDE} {_SAID}",
        # a sign by its name: "j'ai des fourmillements", "il y a du sang dans mes urines"
        f"{_FELT} {_DET} {_SIGN_NOUNS} {_REST}",
        (
            "[des|un|une|les|la|de la] (fourmillements|fourmis|picotements|"
            "engourdissement|engourdissements|décharges|douleur|douleurs|sciatique|"
            f"faiblesse|fièvre|frissons|perte de poids|perte de sensibilité) {_SAID}"
        ),
        # a denial, then a sign: "pas de fièvre mais des fourmillements"
        (
            "(pas de|pas d'|aucun|aucune|sans|je n'ai pas|j'ai pas|je n'ai jamais|"
            "je ne suis pas|je ne me suis pas|je ne sens pas|il n'y a pas) {sensation} "
            "(mais|juste|seulement|par contre) (j'ai|j'avais|je suis|je me suis|je sens|"
            f"je ressens|ça|ca|des|un|une|du|de la|mon|ma|mes|il y a) {_SAID}"
        ),
        (
            "(j'ai|j'avais|ça me fait|ça fait|ca fait|ca me fait) [très|super|vraiment|"
            f"atrocement|tellement] mal {_REST}"
        ),
        f"j'ai {{sensation}} (de fièvre|de fievre|de température|degrés) {_FOR_PROFILE}",
        (
            "(je n'ai pas pu|j'ai pas pu|je n'ai pas réussi|j'ai pas réussi|"
            f"je n'ai plus pu) {_UNABLE} {_REST}"
        ),
        (
            "(j'ai perdu|je perds|perte de) (la sensibilité|la sensibilite|la "
            f"sensation|toute sensation|le contrôle) {_REST}"
        ),
        (
            "(ça|ca|cela) [me|m'|se|s'] (descend|irradie|file|part|passe|lance|élance|"
            "pique|picote|fourmille|brûle|serre|réveille|empêche|tire|fait mal|tiraille|"
            f"remonte|traîne|traine|lâche|gonfle|enfle|empire|aggrave) {_REST}"
        ),
        (
            "(je n'arrive|j'arrive|je ne peux|je peux|je ne parviens|je parviens) (pas|"
            f"plus) {_UNABLE} {_REST}"
        ),
        f"(j'ai du mal|j'ai de la peine|j'ai des difficultés|impossible) {_UNABLE} {_REST}",
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
            "(j'ai|je) (perdu du poids|perds du poids|maigri|beaucoup maigri|maigris|"
            f"fondu|n'arrête pas de maigrir|n'arrête pas de perdre du poids) {_REST}"
        ),
        f"(j'ai perdu|je perds) {{sensation}} (kilos|kilo|kg) {_REST}",
        (
            "(j'ai|j'ai eu|j'ai senti|j'ai entendu) (un claquement|un craquement|"
            f"quelque chose claquer|quelque chose se déchirer|quelque chose lâcher) "
            f"{_FOR_PROFILE}"
        ),
        (
            "je (suis|me sens|me suis senti|me suis sentie) (essoufflé|essoufflée|"
            "essouflé|essouflée|à bout de souffle|hors d'haleine|fiévreux|fiévreuse|fievreux|"
            "fievreuse|brûlant|brûlante|incontinent|incontinente|constipé|"
            f"constipée) {_REST}"
        ),
        f"je (manque|manquais) (de souffle|d'air) {_REST}",
        (
            "(je respire mal|je respire difficilement|je fais de la fièvre|"
            "je fais de la température|je m'essouffle|je suffoque|j'étouffe|"
            "je grelotte|je frissonne|je transpire la nuit|je pisse|j'urine|"
            "je fais pipi|je fais caca|j'ai fait pipi|j'ai uriné|je fais sous moi|"
            "je me suis fait dessus|je me suis fait pipi dessus|je me suis oublié|"
            "je me suis oubliée|je trébuche|je bute|quand je m'essuie|"
            "impossible de dormir|je n'ai pas uriné|j'ai pas uriné|j'ai mouillé|"
            "je n'ai pas fait pipi|j'ai pas fait pipi|je crache du sang|je tousse du sang|"
            "j'ai chaud et froid|j'ai envie d'uriner|je n'ai pas la force|j'ai pas la force|"
            "je n'ai plus la force|j'ai plus la force|j'ai envie de faire pipi|"
            "je ne me rends pas compte|je ne me rends plus compte|je me rends pas compte|"
            f"je me rends plus compte) {_REST}"
        ),
        (
            "(je ne contrôle plus|je ne controle plus|je contrôle plus|je ne sens plus|"
            "j'ai perdu le contrôle de|je n'ai plus de contrôle sur|j'ai plus de "
            "contrôle sur) (ma vessie|mes intestins|mes selles|mes urines|mes sphincters) "
            f"{_REST}"
        ),
        # numbness: "je ne sens plus rien", "je la sens plus", "je sens pas mon pied"
        f"je [ne] [la|le|les] (sens|ressens) (plus|pas|plus rien|rien) {_REST}",
        # night pain
        (
            "(je ne dors plus|je dors plus|je dors mal|je me réveille|je me reveille|"
            f"je ne dors pas) {_SAID}"
        ),
        (
            "la nuit (c'est pire|c'est encore pire|ça empire|ça me réveille|j'ai mal|"
            f"j'ai très mal|j'ai encore plus mal|la douleur) {_REST}"
        ),
        # cancer
        (
            "j'ai (fait|suivi|eu) (une|de la|des) (chimio|chimiothérapie|radiothérapie|"
            f"radiotherapie|rayons|séances de chimio) {_REST}"
        ),
        (
            "(j'ai été|je suis|je suis suivi|je suis suivie) (opéré|opérée|soigné|"
            "soignée|traité|traitée|suivi|suivie) (d'un|d'une|pour un|pour une|en) "
            "(cancer|tumeur|lymphome|leucémie|mélanome|sarcome|myélome|oncologie|"
            f"cancérologie) {_REST}"
        ),
        # a fall or a blow
        (
            "je (suis tombé|suis tombée|suis tombe|me suis cogné|me suis cognée|"
            "fais une chute|viens de tomber|me suis étalé|me suis étalée|"
            "me suis fait renverser|me suis fait percuter|me suis fait tacler|"
            "ai glissé et je suis tombé|ai glissé et je suis tombée|"
            "me suis cassé la figure|me suis cassée la figure|me suis ramassé|"
            "me suis ramassée|me suis vautré|me suis vautrée|me suis pris une gamelle|"
            "me suis pris un coup|me suis pris une béquille|me suis blessé|"
            f"me suis blessée) {_REST}"
        ),
        (
            "(j'ai|on m'a) (glissé|chuté|fait une chute|eu un accident|reçu un coup|"
            "reçu un choc|pris un coup|pris une béquille|été percuté|été percutée|"
            "été renversé|été renversée|taclé|taclée|percuté|percutée|renversé|"
            f"renversée) {_REST}"
        ),
        # foot drop and weakness
        f"(je traîne|je traine) (le|du|mon) pied {_REST}",
        (f"(je perds|j'ai perdu) (de la force|des forces|mes forces|la force) {_REST}"),
        f"j'ai de moins en moins de force {_REST}",
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
    r"\b(aines?|entre-?jambes?|entre les (jambes|cuisses)|int[ée]rieur des cuisses"
    r"|parties (g[ée]nitales|intimes)|organes? g[ée]nitaux|g[ée]nital\w*|sexe|p[ée]nis"
    r"|testicules?|vagin|vulve|p[ée]rin[ée]e?|anus|rectum|pubis|fesses?|fessiers?|cul"
    r"|(le|mon) derri[eè]re(?! d))\b"
)
# "je ne sens plus", "je sens plus rien", "je la sens plus", "je sens pas mon pied"
_NOTHING_ODD = r"(?! d'(autre|anormal|inhabituel)| de (sp[ée]cial|particulier|grave|anormal|nouveau|plus|bizarre))"
# "je ne sens plus la tension", "je sens plus la douleur qu'hier" are not numbness
_NOT_THE_PAIN = (
    r"(?! (la |les |le |l'|l\u2019|de |d'|d\u2019|aucune? |du tout )?(tension|raideur|douleur|mal\b"
    r"|tiraill|[ée]tirement|diff[ée]rence|effet|exercice|am[ée]lioration|progr[eè]s|besoin|envie))"
)
_NOT_FEEL = (
    rf"\bne (la |le |les |l'|l\u2019)?(res)?sen[st] (plus|pas|rien{_NOTHING_ODD}){_NOT_THE_PAIN}"
    rf"|\b(res)?sen[st] (plus |pas )?rien\b{_NOTHING_ODD}|\bje (la|le|les) (res)?sens (plus|pas)\b"
    rf"|\bje (res)?sens (plus|pas){_NOT_THE_PAIN} (ma|mon|mes|la|le|les|l'|l\u2019)"
)
_NO_FEELING = (
    rf"(engourd|insensib|anesth[ée]si|fourmi|picot|{_NOT_FEEL}"
    r"|(perte|perdu|perds?) (de )?(la )?sensibilit|(plus|pas|aucune|moins) de sensation"
    r"|aucune sensation|endormi)\w*"
)
_RED = r"\b(rouges?|rougeurs?|rougi\w*|rougeâtres?)\b"
_WARM = r"\b(chaud\w*|chaleur|chauff\w*|brûlant\w*|brulant\w*|gonfl\w*|enfl\w*)"
_LIMB = r"\b(mollets?|cuisses?|jambes?)\b"
# below the knee, and the words of tingling there ("des fourmis dans le pied")
_BELOW = r"(pieds?|mollets?|chevilles?|orteils?|tibias?|talons?|plantes? d\w* pieds?)"
_TINGLE = (
    r"(fourmi|picot|aiguilles|d[ée]charge|courants? [ée]lectrique|\bpiqu(e|ent|ait)\b)"
)
# pain, but not "j'ai mal dormi" nor "je dors mal" (sleeping badly is not night pain)
_PAIN = r"(douleur\w*|douloureu\w*|(?<!du )(?<!dors )(?<!dort )(?<!dormi )\bmal\b(?! dormi))"
# up to five words between, none of them "et", "mais", "ou", "puis" (another clause)
_NEAR = r"[\s'\u2019-]+((?!(et|mais|ou|puis)\b)\w+[\s'\u2019-]+){0,5}?"
# after a noun, its adjectives ("mollet chaud et gonflé"), not another noun ("et ma cuisse")
_ADJ = r"[\s'\u2019,-]+((?!(mais|ou|puis|ma|mon|mes|la|le|les|un|une|des|l)\b)\w+[\s'\u2019,-]+){0,5}?"
# "je veux perdre du poids" is a wish, not weight lost
_NOT_A_WISH = r"(?<!veux )(?<!voudrais )(?<!essaie de )(?<!essaye de )(?<!dois )(?<!aimerais )(?<!pour )(?<!faut )(?<!envie de )"
# "du coup", "tout à coup", "sur le coup", "un coup de froid": no blow
_NOT_A_BLOW = (
    r"(?<!à )(?<!a )(?<!du )(?<!d'un )(?<!d\u2019un )(?<!le )(?<!seul )(?<!après )(?<!apres )\bcoups?\b"
    r"(?! de (fouet|poignard|couteau|froid|chaud|pouce|main|fil|œil|oeil|soleil|fatigue|barre|mou"
    r"|blues|stress|vent|t[ée]l[ée]phone|c(œ|oe)ur|cafard|pompe|bol|chance|foudre|sang|g[ée]nie|vieux))"
)
# "je ne peux plus", "j'arrive pas à", "du mal à" ("je peux lever le pied" is no sign)
_CANNOT = r"(\bne (peu[xt]|parviens)|\bn'arrive|\bn\u2019arrive|\b(peu[xt]|arrive|parviens|r[ée]ussis)\W+(pas|plus)|impossible|du mal|difficult\w*)\W+(\w+\W+){0,2}?"

# what a sentence says -> the sign of the public set; the most specific first, and the
# words that matched are used up (so "mollet gonflé" is not also "gonflement").
SIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"{_NO_FEELING}{_NEAR}({_GROIN}|(m'|m\u2019)essui\w*)|(m'|m\u2019)essui\w*{_NEAR}{_NO_FEELING}|{_GROIN}[\s\'\u2019-]+((?!(et|mais|ou|puis)\b)\w+[\s\'\u2019-]+){{0,3}}?{_NO_FEELING}|\b(anesth[ée]si\w*|engourdi\w*|insensibilit[ée]) en selle\b|\ben selle\b", "saddle_numbness"),
    (r"vessie|intestin|incontinen|constip\w*|\bselles?\b|rétention|retention|\bfuites?\b(?! d'(eau|air|huile|gaz))|(pertes?|perdu|perds?) (d'|d\u2019|de l')urine|urinaire|\b(ne )?(res)?sen[st] (plus|pas|rien)\W+(\w+\W+){0,5}?(uriner|pipi|vessie|selles?)|\b(ne|n'|n\u2019|peux|arrive|parviens|mal [àa]|difficult\w*|impossible)\W+(\w+\W+){0,5}?(uriner|pipi|pisser|caca|aller à la selle|aller aux toilettes|me retenir|retenir (mes |les |l')?(urines?|selles|pipi))|\b(pas|plus|jamais) (pu |réussi à |reussi à |su )?(uriner|urin[ée]|pissé|pisser|fait pipi|fait caca|faire pipi|faire caca)|(pipi|urin\w*|selles?|caca)\W+(\w+\W+){0,3}?sans (m'en|m\u2019en|le|la) (rendre compte|sentir|savoir|contr[ôo]ler)|envie d['\u2019]uriner|(fait|uriné) (pipi |caca )?(dessus|sur moi)|(fais|fait|faire) sous (moi|lui|elle)|mouill[ée] (mon|ma) (pantalon|slip|lit|culotte)|(pipi|uriné) au lit|me suis oubli[ée]|rien ne sort|(urine|pipi) ne (sort|vient|coule) (pas|plus)", "bladder_bowel_change"),
    (r"souffles?\b|essou?ff?l|(?<!mauvaise )haleine|poitrine|thora|oppress|manqu\w* d\W?air|étouff|etouff|suffoqu|respiratoire|\b(mal|douleur\w*|peine|difficult\w*|dur|gên\w*|gene\w*|peux|peut|arrive|bloqu\w*)\W+(\w+\W+){0,3}?(respir|inspir)\w*|respir\w* (\w+ )?(mal|difficilement|avec (peine|difficulté|du mal))|(douleur\w*|\bmal|serr\w*|\bpoint|pincement|poids)\W+(\w+\W+){0,2}?c(œ|oe)ur\b|douleur\w* cardiaque|crise cardiaque|infarctus|crach\w* (du )?sang", "breathlessness_chest_pain"),
    (rf"\b(urines?|pipi|pisse)\b{_NEAR}(fonc\w*|brun\w*|marron|sombres?|noir\w*|cola|coca|rouge\w*|th[ée]\b|caf[ée]\b|rouill\w*|(?<!prise de )sang\w*)|\b(fonc\w*|brun\w*|marron|sombres?|cola|coca|(?<!prise de )sang)\b{_NEAR}(urines?|pipi)\b", "dark_urine"),
    (r"fièvre|fievre|fiévr|fievr|fébril|febril|températur|temperatur|frisson|grelott|\b(3[89]|4[0-2])(\s*[,.]\s*\d|\s*(°|degr)| et demi| virgule)|\btrente[- ](huit|neuf)( et demi| virgule|\s*degr)|\bj['\u2019]ai (3[89]|4[0-2]|trente[- ](huit|neuf))\b(?!\s*[,.]?\s*\w)|sueurs? (nocturnes?|la nuit)|chaud et froid|froid et chaud|transpir\w* (\w+ ){0,2}?la nuit", "fever"),
    (rf"(perdu|perds|perd|perte de|{_NOT_A_WISH}perdre)\s+(\w+\s+){{0,3}}?(poids|kilos?|kg)\b|\bj['\u2019]ai (\w+ )?fondu\b(?! en larmes)|amaigri|{_NOT_A_WISH}\bmaigri", "unexplained_weight_loss"),
    (rf"{_PAIN}{_NEAR}(nuits?|nocturne\w*)\b|\b(nuits?|nocturne\w*){_NEAR}{_PAIN}|(douleur|mal|ça|ca|cela|elle)\s+(me|m'|m\u2019)\s*(réveill|reveill)\w*|(réveill|reveill)\w*{_NEAR}(douleur|mal)\b|(empêch|empech)\w* de dormir|\b(dor[ms]\w*|sommeil)\b{_NEAR}{_PAIN}|{_PAIN}{_NEAR}(dormir|sommeil)|(c'est|c\u2019est|ça|ca) (\w+ )?pire (\w+ ){{0,2}}?la nuit|la nuit,? (c'est|c\u2019est|ça|ca) (\w+ )?pire|{_PAIN}\W+(\w+\W+){{0,3}}?(allong|couch)\w*|(douleur|ça|ca|elle) (me |m'|m\u2019)(tien\w*) [ée]veill\w*|m[êe]me en chang\w* de position|quelle que soit (la|ma) position|aucune position", "night_pain"),
    (r"cancer|tumeur|chimio|métasta|metasta|leucémie|leucemie|lymphome|radioth|my[ée]lome|m[ée]lanome|sarcome|carcinome|oncolog|n[ée]oplas", "cancer_history"),
    (rf"(?<!pied )(?<!pieds )(?<!qui )(?<!ça )(?<!ca )\btomb(é|ée|és|ées|e|es|er|ais|ait)\b(?! (malade|enceinte|amoureu|d'accord|en panne))|\bchut(e|es|é|ée|er)\b|{_NOT_A_BLOW}|accident|percut\w*|\bchocs?\b|\bcogn\w*|renvers\w*|glissé\w*|\bai glisse\b|(m'|m\u2019|me suis )(étal|etal|vautr|ramass)\w*|cass\w* la (figure|gueule|margoulette)|(me suis|s'est|s\u2019est) (\w+ )?bless\w*|gamelle|b[ée]quille|tacl\w*", "trauma"),
    (rf"pieds? (\w+ ){{0,2}}?(tombant|ballant|tombe|tra[iî]n\w*|claqu\w*|accroch\w*|racl\w*)|tra[iî]n\w* (le|du|mon|les|des) pieds?|steppage|relever (le |mon |la pointe du |le bout du )?pied|pieds? ne se rel[eè]v\w*|(orteils?|(pointe|bout) d\w* (mon )?pied) (\w+ ){{0,2}}?(accroch|racl|frott|tra[iî]n)\w*|{_CANNOT}(lever|remonter|soulever) (le |la |les |mon |mes )?((pointe|bout) d\w* )?(pieds?|orteils?)|{_CANNOT}marcher sur (les|mes) talons|tr[ée]buch\w* (\w+ ){{0,2}}?(souvent|tout le temps|sans arr[êe]t|sans cesse|de plus en plus|sur (mon|mes|le|les) (propre )?pieds?)|\bbut(e|es|ent)\b (\w+ ){{0,5}}?(pieds?|orteils?)", "foot_drop"),
    (r"de plus en plus (faible|de faiblesse)|(dev\w+|rest\w+) (\w+ )?plus faible|encore plus faible|plus faibles? (qu\w*|de jour en jour|chaque jour)|faibli[st]\w* (\w+ )?de plus en plus|\bfaibli(t|ssent|ssait|ssaient)\b|\b(a|ont) faibli\b|(s'|s\u2019)affaibli\w*|faiblesse\w*\W+(\w+\W+){0,2}?(aggrav|augment|empir|progress|accentu|grandiss|croiss|de pire en pire)\w*|(aggrav|empir|augment)\w* (de )?(la )?faiblesse|perd\w* (de plus en plus )?(de |des |mes |ma )?(la )?forces?|de moins en moins de force|force (\w+ )?diminu\w*|(lâch|lach|dérob|derob)\w*\W+(\w+\W+){0,2}?de plus en plus", "weakness_worsening"),
    (rf"{_LIMB}[^.;]*?({_RED}[^.;]*?{_WARM}|{_WARM}[^.;]*?{_RED})([^.;]*{_WARM})?|({_RED}[^.;]*?{_WARM}|{_WARM}[^.;]*?{_RED})[^.;]*?{_LIMB}", "leg_red_warm_swollen"),
    (rf"(gonfl|enfl|œdème|oedème|oedeme|sensible|douloureu\w* au toucher)\w*{_NEAR}mollets?\b|\bmollets?\b{_ADJ}(gonfl|enfl|œdème|oedème|oedeme|sensible|douloureu\w* au toucher|plus gros|doubl\w* de volume|dur\w* et douloureu|douloureu\w* et dur)|\bmollets?\b{_NEAR}(quand|si|dès que|lorsque) (j'|j\u2019|je |on )(\w+ )?(appui|touch|press)\w*|\b(jambes?|mollets?) (\w+ ){{0,2}}?plus gross?e? que l['\u2019]autre", "calf_swelling"),
    (rf"(sous|en dessous d\w*|en-dessous d\w*|au-dessous d\w*|au dessous d\w*|plus bas que|jusque? sous)\s+(le |les |mon |mes |du |des |l'|la )?\s*genoux?\b|(?<!je )(?<!en )(?<!on )\b(descend(?!s\b)|irradi|fil(?=e|ent|ait|aient|er)|propag|diffus|rayonn|s'étend|s'etend|s\u2019étend)\w*\W+(\w+\W+){{0,4}}?(jambes?|{_BELOW})\b|jusqu(e|'|\u2019)?\s?(au|aux|à|a|dans|en bas d\w*)\s?(le |la |les |l'|mon |ma |mes )?{_BELOW}\b|(?<!glissements du nerf )(?<!glissement du nerf )sciatiques?\b|sciatalgie|cruralgie|(douleur\w*|\bmal)\W+(\w+\W+){{0,3}}?tout(e)? (la|ma) jambe|(?={_TINGLE}\w*{_NEAR}{_BELOW}\b)|\b{_BELOW}\b(?={_NEAR}{_TINGLE})", "radiating_below_knee"),
    (r"fourmi|picot|aiguilles|d[ée]charges?|comme (du|un|des) courants?|courants? [ée]lectriques?|[ée]lectricit[ée]|\bpiqu(e|ent|ait|aient)\b(?!-)", "tingling"),
    (rf"engourd|insensib|anesth[ée]si|{_NOT_FEEL}|(perte|perdu|perds?) (de )?(la )?sensibilit|(plus|pas|aucune|moins) de sensation|aucune sensation|(jambes?|pieds?|cuisses?|mollets?|fesses?|orteils?) (\w+ )?endormi\w*|endormi\w* (la |le |les |ma |mon |mes )?(jambes?|pieds?|cuisses?|mollets?|orteils?)|(jambes?|pieds?|cuisses?|mollets?|orteils?) (\w+ ){{0,2}}?comme mort\w*", "numbness"),
    (r"tiraill\w*\W+(\w+\W+)?(vifs?|vives?|aigus?|aiguës?|aigües?|brutal\w*|violent\w*|nets?|nettes?|soudain\w*|brusques?)\b|\b(vifs?|violents?|brusques?|brutal|nets?|soudains?)\s+tiraill|(ça|ca|qui) (me )?tire (très fort|fort|violemment|brusquement|d'un coup|d\u2019un coup)", "sharp_pull"),
    (r"claqu(?!age)\w*|\bcrac\b|craquement|\bpop\b", "pop"),
    (r"déchir\w*|dechir\w*|claquage|rupture|arrach\w*|(quelque chose|ça|ca) (a )?(lâché|laché|lache|cédé|cede)", "tearing"),
    (r"douleur\w*\s+(\w+\s+)?(vives?|aiguës?|aigues?|aigües?|soudaines?|brutales?|fulgurantes?|brusques?|violentes?|poignantes?)\b|\b(vives?|soudaines?|brutales?|brusques?|violentes?|fulgurantes?)\s+douleur|coup de (fouet|poignard|couteau)|(d'un coup|d\u2019un coup|tout à coup|soudain\w*|brusquement|brutalement)\W+(\w+\W+){0,4}?(mal|douleur)\b|\b(mal|douleur)\W+(\w+\W+){0,2}?(d'un coup|d\u2019un coup|tout à coup|soudain\w*|brusquement|brutalement)", "sudden_sharp_pain"),
    (r"gonfl|enfl|œdème|oedème|oedeme", "swelling"),
    (r"\bbleus?\b|ecchymose|hématome|hematome|bleui|violacé|violace", "bruising"),
    (rf"faiblesse|faibli|(jambes?|genoux?|cuisses?|mollets?|pieds?|ischios?|muscles?|sens|sent|je suis)\s+(\w+\s+){{0,2}}?faibles?\b|(pas|plus|sans|manque|perte|aucune) (de )?(la )?force|(jambes?|genoux?) (qui |a |ont |m'a |me )?(lâch|lach|cède|cede|cédé|se dérob|se derob|s'est dérob)\w*|(ne|n'|n\u2019) me (porte|portent|tient|tiennent) plus|{_CANNOT}bouger (le |la |les |mon |ma |mes )?(pieds?|orteils?|jambes?)", "weakness"),
)  # fmt: skip

# "pas de fièvre", "sans fourmillements", "je n'ai pas eu de fièvre", "ni frissons",
# "pas engourdi", "pas de fuites urinaires", "je n'ai pas les jambes engourdies", "ça ne
# me réveille pas la nuit": a denied sign is not logged. Never a denial: "je ne sens pas
# ma jambe", "pas de sensation", "plus de force", "je n'arrive pas à uriner", "je n'ai
# pas pu uriner", "je n'arrête pas de maigrir", "pas même en changeant de position".
NEGATED = re.compile(
    r"(?:(?<=n'ai )|(?<=n\u2019ai )|(?<=j'ai )|(?<=j\u2019ai ))pas\s+(?:(?:les|la|le|mes|ma|mon)\s+|l'|l\u2019)"
    r"(?!(?:force|sensation|sensibilit|contr))[\w-]+(?:\s+(?:gauche|droite?|deux))?\s+(?!qui\b)[\w-]+"
    r"|\bne\s+(?:me\s+|m'|m\u2019)?(?:r[ée]veill|fourmill|picot|piqu|gonfl|enfl)\w*\s+(?:pas|jamais|plus)\b"
    r"(?:\s+(?:la|de|pendant la|durant la)\s+nuit)?"
    r"|(?<!arrête )(?<!arrete )(?<!arrêtent )(?<!cesse )"
    r"\b(?:pas|jamais|sans|ni|aucun|aucune|(?<=n'ai )plus|(?<=n\u2019ai )plus|(?<=ne sens )plus"
    r"|(?<=ne ressens )plus|(?<=ne sent )plus)\b"
    r"(?:\s+(?:vraiment|trop|encore|du tout|eu|senti|sentie|ressenti|ressentie"
    r"|remarqué|noté|constaté|observé|vu))*"
    r"\s*(?:de\s+|d'\s*|d\u2019\s*|du\s+|des\s+|un\s+|une\s+)?"
    r"(?!(?:à|a|au|aux|mon|ma|mes|le|la|les|l|son|sa|ses|ton|ta|tes|de|d|du|des"
    r"|plus|rien|grand\w*|sensation\w*|sensibilit\w*|force\w*|contr[ôo]l\w*"
    r"|retenir|urin(?:er|é|ée)|relever|lever|marcher|tra[iî]ner|boiter|respirer|sentir"
    r"|bouger|tenir|plier|aller|faire|contr[ôo]ler|m|me|s|se|en|y|pu|r[ée]ussi|pipi"
    r"|piss\w*|envie|m[êe]me\s+en|position|arr[êe]t|cesse|fait\s+(?:pipi|caca)"
    r"|mal\s+(?:de|d|du|des))\b)[\w-]+"
    r"(?:\s+(?:urinaires?|nocturnes?|thoraciques?|[ée]lectriques?|respiratoires?|intimes"
    r"|g[ée]nitales?|vifs?|vives?|aigu\w*|soudain\w*|brutal\w*|fonc[ée]\w*|inexpliqu\w*))?"
    r"(?:\s+(?:sous|en dessous d\w*|au-dessous d\w*|au niveau d\w*|dans|sur|à|a|au"
    r"|aux|avec|de|d'|d\u2019|du|des|derrière)\s*(?:le\s+|la\s+|les\s+|l'|l\u2019"
    r"|mon\s+|ma\s+|mes\s+)?[\w-]+)?"
)
# "les deux jambes", "des deux côtés", "dans les 2 jambes", "à gauche et à droite", "la
# gauche aussi", "mes jambes": only "deux", "2" or the article is taken, so "sous les
# deux genoux" still reads as below the knee. "Mes jambes" are both legs (the safer
# reading: numbness in them is an emergency); "entre les jambes" is the groin, not a side.
BOTH_SIDES = re.compile(
    r"\b(?:deux|2)(?=\s+(?:jambes|c[ôo]t[ée]s|cuisses|ischios|ischio-jambiers|mollets"
    r"|genoux|pieds|fesses|hanches)\b)|\b(?:tous|toutes) les deux\b|\bbilat[ée]ra\w*"
    r"|\bchaque(?=\s+(?:jambe|c[ôo]t[ée]|cuisse|mollet|genou|pied|hanche)\b)"
    r"|\b(?:à |a )?(?:gauche|droite?) (?:et|comme|ainsi qu'|puis) (?:à |a )?(?:droite?|gauche)\b"
    r"|\b(?:la |le |l'|l\u2019)(?:autre|gauche|droite?) (?:\w+ )?aussi\b"
    r"|(?<!une )(?<!un )\bdes deux\b"
    r"|(?<!entre )(?<!jusqu')(?<!jusqu\u2019)\b(?:mes|les|aux|nos)(?=\s+(?:jambes|pieds"
    r"|mollets|cuisses|genoux)\b)"
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
