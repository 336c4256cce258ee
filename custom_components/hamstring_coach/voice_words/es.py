"""Spanish: the sentences Assist understands, numbers and signs in words."""

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

# only "para": "de", "en", "por" start too many everyday endings ("por la noche")
_FOR_PROFILE = "[para [el perfil] {profile}]"
_PLEASE = "[por favor]"
# what a symptom is felt in; "tengo {sensation}" alone would catch anything
_BODY = (
    "(pierna|piernas|rodilla|rodillas|corva|corvas|isquiotibial|isquiotibiales|"
    "isquio|isquios|muslo|muslos|pantorrilla|pantorrillas|gemelo|gemelos|"
    "espinilla|espinillas|tobillo|tobillos|pie|pies|dedos [del pie|de los pies]|"
    "planta del pie|talón|talon|talones|ingle|ingles|entrepierna|genitales|"
    "zona íntima|zona intima|zona genital|periné|perine|perineo|vagina|pene|ano|"
    "partes|partes íntimas|partes intimas|nalga|nalgas|glúteo|glúteos|"
    "gluteo|gluteos|trasero|culo|cadera|caderas|espalda|zona lumbar|lumbares|"
    "parte de atrás del muslo|parte de atras del muslo|parte trasera del muslo|"
    "lado|lados|costado)"
)
_WHERE = (
    "(en|de|del|bajo|por|hasta|desde|al|(debajo|por debajo|detrás|detras|"
    "por detrás|por detras|alrededor|a lo largo|a la altura|encima|cerca) (de|del))"
)
_MINE = "[el|la|los|las|mi|mis|ambas|ambos|las dos|los dos|toda la|todo el]"
# "en la pierna izquierda", "de la rodilla para abajo"
_TAIL = "[izquierda|izquierdo|derecha|derecho|(hacia|para) abajo]"
_THE = "(el|la|los|las|mi|mis)"
_FELT = (
    "(tengo|siento|noto|sentí|senti|noté|note|tuve|tenía|tenia|he tenido|"
    "he sentido|he notado|estoy notando|me da|me dio|me ha dado|me dan)"
)
_HURTS = (
    "(duele|duelen|dolió|dolio|dolía|dolia|hormiguea|hormiguean|arde|arden|quema|"
    "queman|tira|tiran|molesta|molestan|pincha|pinchan)"
)
_NIGHT = "(por la noche|por las noches|de noche|durante la noche|en la noche)"
# the first word of a sentence about one's own signs (no command: "añade", "pon")
_LEAD = (
    "(tengo|tenía|tenia|tuve|he|ha|noto|noté|note|siento|sentí|senti|estoy|estaba|"
    "estuve|me|mi|mis|se|el|la|los|las|un|una|no|ya|hoy|ayer|anoche|desde|llevo|"
    "creo|cada|cuando|al|por|de|después|despues|tras|hace|como|también|tambien|"
    "ahora|sigo|ando|voy|sufrí|sufri|sufro|pues|pero|soy|hago|toso|perdí|perdi|"
    "pierdo|dolor|tirantez)"
)
# words of an alarming sign (and of nerve signs), said anywhere after such a start
_ALARM = (
    "(fiebre|calentura|escalofríos|escalofrios|febril|tiritando|destemplado|"
    "destemplada|décimas|decimas|pecho|tórax|torax|respirar|respiro|respiración|"
    "respiracion|aliento|resuello|ahogo|ahogado|ahogada|asfixio|asfixia|sin aire|"
    "falta el aire|falta de aire|entra el aire|llega el aire|coger aire|orinar|orino|"
    "orina|orinado|oriné|orine|mear|meo|meado|meada|pis|pipí|pipi|vejiga|sangre|"
    "incontinencia|esfínteres|esfinteres|caca|heces|cagar|cagué|cague|cagado|defecar|"
    "de vientre|mojado la cama|mojé la cama|moje la cama|mojo la cama|"
    "mojé los pantalones|moje los pantalones|ir al baño|ir al bano|llego al baño|"
    "llego al bano|las ganas|jadeo|jadeando|adelgazado|adelgazando|adelgacé|adelgace|"
    "en los huesos|más delgado|mas delgado|más delgada|mas delgada|"
    "cáncer|cancer|tumor|quimio|quimioterapia|radioterapia|metástasis|metastasis|"
    "leucemia|linfoma|melanoma|oncológico|oncologico|oncológica|oncologica|maligno|"
    "maligna|caído|caido|caída|caida|caí|cai|caigo|golpe|golpes|golpeé|golpee|"
    "pegué|pegue|pegado|choqué|choque|chocó|choco|estampé|estampe|estrellé|estrelle|"
    "una leche|una hostia|una torta|balonazo|accidente|"
    "atropelló|atropello|atropellado|atropellada|patada|porrazo|trompazo|batacazo|"
    "costalazo|golpetazo|golpazo|tortazo|leñazo|castañazo|piñazo|madrazo|trancazo|"
    "sentón|culazo|resbalé|resbale|resbalón|resbalon|torcí|torci|esguince|tropecé|"
    "tropece|tropiezo|arrastro|arrastrando|arrastra|talones|equino|péndulo|pendulo|"
    "punta del pie|dedos del pie|levantar el pie|subir el pie|cae el pie|cuelga|"
    "colgando|pie se me cae|pie me cae|pie hacia arriba|golpea|plaf|cuesta más|"
    "cuesta mas|débil|debil|débiles|debiles|debilidad|floja|flojo|flojas|flojos|"
    "flojea|fuerza|fuerzas|falla|fallan|no me responde|no me sostiene|no me aguanta|"
    "se me dobla|se me doblan|hormigueo|hormigueos|hormigeo|hormiguea|hormiguean|"
    "hormigas|hormiguitas|cosquilleo|entumecido|entumecida|entumecidos|entumecidas|"
    "entumecimiento|entumece|entumecen|entumido|entumida|adormecido|adormecida|"
    "adormecimiento|acorchado|acorchada|insensible|sensibilidad|anestesiado|"
    "anestesiada|corcho|muerta|dormido|dormida|dormidos|dormidas|se me duerme|"
    "se me duermen|agujas|alfileres|corrientes|descargas|ciática|ciatica|irradia|"
    "debajo de la rodilla|debajo de las rodillas|hasta el pie|hasta los pies|al pie|"
    "al tobillo|por la pierna|por las piernas|por ambas piernas|por las dos piernas|"
    "pierna para abajo|pierna hacia abajo|rodilla para abajo|rodilla hacia abajo|"
    "hasta el tobillo|hasta los dedos|hasta el talón|hasta el talon|toda la pierna|"
    "pierna entera|hinchado|hinchada|hinchados|hinchadas|hinchazón|hinchazon|"
    "inflamado|inflamada|inflamación|inflamacion|enrojecido|enrojecida|roja y|rojo y|"
    "al tocarla|al tocarlo|al apretarla|al apretarlo|cuando lo aprieto|"
    "cuando la aprieto|cuando lo toco|cuando la toco|pantorrilla|pantorrillas|"
    "pantorilla|pantorillas|chamorro|entrepierna|genitales|ingle|perineo|periné|perine|"
    "zona íntima|zona intima|partes íntimas|partes intimas|ahí abajo|ahi abajo|"
    "limpiarme|me limpio|silla de montar|las dos piernas|ambas piernas|tirón|tiron|"
    "chasquido|desgarro|rotura|pinchazo|pinchazos|punzada|latigazo|moratón|moraton|"
    "moratones|hematoma|cardenal)"
)
_HURT = "(duele|duelen|dolor|dolores|dolió|dolio|dolía|dolia|molesta|molestias)"
_AT_NIGHT = (
    "(noche|noches|anoche|madrugada|nocturno|nocturnos|cama|dormir|duermo|dormí|"
    "dormi|despierta|despierto|desperté|desperte|desvela|desvelo|pego ojo|tumbado|"
    "tumbada|acostado|acostada)"
)
_CARE = (
    "(fisio|fisioterapeuta|médico|medico|médica|medica|doctor|doctora|"
    "traumatólogo|traumatologo|traumatóloga|traumatologa|especialista)"
)
_TIGHTNESS = (
    "(tirantez|tensión|tension|rigidez) [de [los|mis] (isquiotibiales|isquios)]"
)
_OUT_OF_TEN = "(de|sobre) (10|diez)"
_HAMSTRINGS = "(isquiotibiales|isquios)"
_ROUTINE = "[la|mi] rutina"
_REMINDERS = (
    "[los|mis] (recordatorios|avisos) [de (postura|descanso|descansos|pausa|pausas|"
    "levantarme|moverme)]"
)
_SNOOZE = (
    "(pospón|pospon|posponga|posponer|aplaza|aplace|aplazar|retrasa|retrase|"
    "retrasar|silencia|silencie|silenciar)"
)

# intent -> Spanish sentence templates (hassil syntax: [optional], (a|b), {wildcard})
SENTENCES: dict[str, list[str]] = {
    INTENT_STATUS: [
        (
            "(cuánto|cuanto) [tiempo|rato] (llevo|he estado|estuve|he pasado|llevaba) "
            f"[hoy] sentad(o|a) [hoy] {_FOR_PROFILE}"
        ),
        (
            "(cuántas|cuantas) horas (llevo|he estado|estuve|he pasado) [hoy] "
            f"sentad(o|a) [hoy] {_FOR_PROFILE}"
        ),
        (
            "(cuánto|cuanto) [tiempo|rato] (llevo|he estado|he pasado) [hoy] "
            f"(en la silla|sin levantarme) [hoy] {_FOR_PROFILE}"
        ),
        f"(desde cuándo|desde cuando) (estoy|llevo) sentad(o|a) {_FOR_PROFILE}",
    ],
    INTENT_LOG_SYMPTOMS: [
        # how tight, 0-10
        (
            "(registra|registre|registrar|anota|anote|anotar|apunta|apunte|apuntar|"
            f"guarda|guardar) [mi|la|una] {_TIGHTNESS} [de|en] [un] {{tightness}} "
            f"[{_OUT_OF_TEN}] {_FOR_PROFILE}"
        ),
        (
            f"(mis|los) {_HAMSTRINGS} (están|estan|se notan|se sienten) (a|en) "
            f"[un] {{tightness}} {_OUT_OF_TEN} {_FOR_PROFILE}"
        ),
        (
            f"(noto|siento|tengo) (los|mis) {_HAMSTRINGS} (a|en) [un] {{tightness}} "
            f"{_OUT_OF_TEN} {_FOR_PROFILE}"
        ),
        (
            f"(mi|la) {_TIGHTNESS} (es|está|esta) (de|en|a) [un] {{tightness}} "
            f"[{_OUT_OF_TEN}] {_FOR_PROFILE}"
        ),
        (
            f"(tengo|noto|siento) [una] {_TIGHTNESS} de [un] {{tightness}} "
            f"{_OUT_OF_TEN} {_FOR_PROFILE}"
        ),
        # what is felt: the whole sentence is read for signs
        f"{_FELT} {{sensation}} {_WHERE} {_MINE} {_BODY} {_TAIL} {_FOR_PROFILE}",
        (
            f"no (tengo|siento|noto) {{sensation}} {_WHERE} {_MINE} {_BODY} {_TAIL} "
            + _FOR_PROFILE
        ),
        f"no (siento|noto) [bien|casi|nada [en|de]] {_MINE} {_BODY} {_TAIL} {_FOR_PROFILE}",
        (
            f"me {_HURTS} [mucho|bastante|un poco] {_WHERE} {_MINE} {_BODY} {_TAIL} "
            + _FOR_PROFILE
        ),
        f"me {_HURTS} {_THE} {_BODY} {_TAIL} [{{sensation}}] {_FOR_PROFILE}",
        (
            "(registra|registre|registrar|anota|anote|anotar|apunta|apunte|apuntar) "
            "[un|el|los|mis|este|estos] (síntoma|síntomas|sintoma|sintomas) "
            f"[de [los] (isquiotibiales|isquios)] {{sensation}} {_FOR_PROFILE}"
        ),
        (
            "(mi|la|el) (pierna|rodilla|corva|pantorrilla|gemelo|muslo|pie|ingle|"
            "entrepierna|nalga|isquiotibial|isquio|espinilla|orina|pis) [me] (está|esta|"
            "es|se ve|se nota|se siente|parece|sale|se está poniendo|se esta poniendo) "
            f"{{sensation}} {_FOR_PROFILE}"
        ),
        (
            "(mis|las|los) (piernas|rodillas|pantorrillas|gemelos|muslos|pies|nalgas|"
            "isquiotibiales|isquios) [me] (están|estan|son|se ven|se notan|se sienten|"
            f"parecen) {{sensation}} {_FOR_PROFILE}"
        ),
        (
            "(tengo|noto|siento|veo) (el|la|los|las|mi|mis) (pierna|piernas|rodilla|"
            "rodillas|pantorrilla|pantorrillas|gemelo|gemelos|muslo|muslos|pie|pies|"
            "ingle|entrepierna|nalga|nalgas|isquiotibial|isquiotibiales|isquio|isquios|"
            f"espinilla|orina|pis) {{sensation}} {_FOR_PROFILE}"
        ),
        (
            "se me (duerme|duermen|durmió|durmio|ha dormido|han dormido|hincha|hinchan|"
            "ha hinchado|cae|arrastra|engancha|dobla|doblan|va) "
            f"{_THE} {_BODY} [{{sensation}}] {_FOR_PROFILE}"
        ),
        # signs without a body part: the words of a sign, and whatever is said around
        # them ("creo que tengo algo de fiebre desde ayer"); the first words are one's
        # own, never a command ("añade ibuprofeno para la fiebre a la lista")
        (
            "(tengo|tuve|he tenido|noto|siento) [un poco de|algo de|mucha|la] (fiebre|"
            "calentura|temperatura [alta]|escalofríos|escalofrios|décimas|decimas) "
            + _FOR_PROFILE
        ),
        (
            "[el dolor] me (despierta|despiertan|despertó|desperto|ha despertado) "
            f"[{_NIGHT}] {_FOR_PROFILE}"
        ),
        f"[el dolor] no me deja (dormir|descansar) [{_NIGHT}] {_FOR_PROFILE}",
        *(
            f"{words} [{{sensation}}] {more}".strip()
            for words in (
                f"[{_LEAD} [{{sensation}}]] {_ALARM}",
                f"[{{sensation}}] {_HURT} [{{sensation}}] {_AT_NIGHT}",
                f"[{{sensation}}] {_AT_NIGHT} [{{sensation}}] {_HURT}",
                (
                    "[{sensation}] (perdido|perdiendo|perdí|perdi|pierdo|bajado|bajando|"
                    "bajé|baje) [{sensation}] (peso|kilos|kilo|kg|quilos)"
                ),
                "me (ha subido|subió|subio) la (fiebre|temperatura)",
                "(tengo|estoy a|estoy con) {sensation} (grados|de temperatura|y medio)",
            )
            # "para el perfil Ana" is a profile, "para subir escaleras" is not
            for more in ("para el perfil {profile}", "")
        ),
    ],
    INTENT_START_ROUTINE: [
        (
            "(empieza|empiece|empezar|comienza|comience|comenzar|inicia|inicie|iniciar|"
            "arranca|arranque|haz|haga|hagamos) "
            f"{_ROUTINE} [de|del] {{routine}} {_PLEASE} {_FOR_PROFILE}"
        ),
        (
            "(empieza|empiece|empezar|comienza|comience|comenzar|inicia|inicie|iniciar|"
            "haz|haga|hagamos) [los|mis] (ejercicios|estiramientos) [de|del] {routine} "
            f"{_PLEASE} {_FOR_PROFILE}"
        ),
        (
            "(quiero|vamos a) (hacer|empezar|comenzar|iniciar) "
            f"{_ROUTINE} [de|del] {{routine}} {_FOR_PROFILE}"
        ),
    ],
    INTENT_NEXT_STEP: [
        f"[el] (siguiente|próximo|proximo) (paso|ejercicio) {_PLEASE} {_FOR_PROFILE}",
        f"(paso|ejercicio) siguiente {_PLEASE} {_FOR_PROFILE}",
        (
            "(pasa|pase|pasar|ve|vaya|ir|vamos|sigue|siga|continúa|continua|continúe|"
            "salta|salte) (al|con el) (siguiente|próximo|proximo) (paso|ejercicio) "
            f"{_PLEASE} {_FOR_PROFILE}"
        ),
    ],
    INTENT_PAUSE_ROUTINE: [
        f"(pausa|pause|pausar) {_ROUTINE} {_PLEASE} {_FOR_PROFILE}",
        f"(pon|ponga|poner) {_ROUTINE} en pausa {_PLEASE} {_FOR_PROFILE}",
        f"(haz|haga|hacer) una pausa en {_ROUTINE} {_PLEASE} {_FOR_PROFILE}",
        (
            f"(detén|deten|detenga|para|pare) {_ROUTINE} (un momento|un momentito|"
            f"un rato|un segundo) {_PLEASE} {_FOR_PROFILE}"
        ),
    ],
    INTENT_RESUME_ROUTINE: [
        (
            "(reanuda|reanude|reanudar|retoma|retome|retomar|continúa|continua|"
            "continúe|continue|continuar|sigue|siga|seguir) [con] "
            f"{_ROUTINE} {_PLEASE} {_FOR_PROFILE}"
        ),
        f"(quita|quite|quitar) la pausa de {_ROUTINE} {_FOR_PROFILE}",
    ],
    INTENT_STOP_ROUTINE: [
        (
            "(para|pare|parar|detén|deten|detenga|detener|termina|termine|terminar|"
            "finaliza|finalice|finalizar|acaba|acabe|acabar|cancela|cancele|cancelar|"
            f"interrumpe|interrumpa|deja|deje) {_ROUTINE} {_PLEASE} {_FOR_PROFILE}"
        ),
        f"(sal|salga|salir) de {_ROUTINE} {_FOR_PROFILE}",
        f"quiero (parar|terminar|acabar|dejar) {_ROUTINE} {_FOR_PROFILE}",
    ],
    INTENT_SNOOZE: [
        (
            f"{_SNOOZE} {_REMINDERS} [durante|por|unos] [los próximos|los proximos] "
            f"{{minutes}} minutos {_FOR_PROFILE}"
        ),
        f"{_SNOOZE} {_REMINDERS} {_PLEASE} {_FOR_PROFILE}",
        (
            "no me (avises|recuerdes) (de|que) (levantarme|me levante|moverme|me mueva|"
            "descansar|la postura) (durante|en) [los próximos|los proximos] "
            f"{{minutes}} minutos {_FOR_PROFILE}"
        ),
    ],
    INTENT_TRIAGE: [
        (
            "(debo|debería|deberia|tengo que|tendría que|tendria que|necesito|"
            "hace falta|es hora de) (ir|acudir) (al|a un|a una|a la|a mi) "
            f"{_CARE} {_FOR_PROFILE}"
        ),
        (
            "(debo|debería|deberia|tengo que|tendría que|tendria que|necesito) "
            "(ver a|consultar a|consultar con|pedir cita con|llamar a|llamar al|ver al) "
            f"[un|una|el|la|mi] {_CARE} {_FOR_PROFILE}"
        ),
        (
            "me (tiene que|debería|deberia|debe) ver (un|una|el|la|mi) "
            f"{_CARE} {_FOR_PROFILE}"
        ),
        f"(necesito|me hace falta) (un|una) {_CARE} {_FOR_PROFILE}",
        (
            "(debo|debería|deberia|tengo que|tendría que|tendria que) "
            f"ir a urgencias {_FOR_PROFILE}"
        ),
    ],
}

NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        [
            "cero",
            "uno",
            "dos",
            "tres",
            "cuatro",
            "cinco",
            "seis",
            "siete",
            "ocho",
            "nueve",
            "diez",
            "once",
            "doce",
        ]
    )
} | {
    "un": 1,
    "una": 1,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veinticinco": 25,
    "treinta": 30,
    "cuarenta": 40,
    "cuarenta y cinco": 45,
    "cincuenta": 50,
    "sesenta": 60,
    "noventa": 90,
}

# pieces of the sign patterns
_PAIN = r"\b(dolor\w*|duel[ea]n?|dol[ií]\w*|doler\w*|dolid\w*)\b"
_NIGHTLY = (
    r"\b(noche\w*|nocturn\w*|madrugada\w*|anoche|en la cama|(incluso|hasta|aun|a[uú]n|"
    r"tambi[eé]n) (\w+ )?(acostad|tumbad|en reposo|descansando)\w*)\b"
)
_SLEEP = (
    r"\b(despiert\w*|despert\w*|desvel\w*|dormir|duermo|dorm[ií]a|dorm[ií]|"
    r"dormido mal|peg\w* ojo)\b"
)
_NUMB = (
    r"(entum\w*|adormec\w*|acorchad\w*|insensib\w*|anestesi\w*|dormid[oa]s?|duerm(e|en)\b|"
    r"durmi(ó|o|eron)\b|"
    r"hormigu?e\w*|hormigas|cosquill\w*|corrientes|alfiler\w*|agujas|pincha[cz]itos|sin sensibilidad|(poca|menos|p[eé]rdida de|falta de|"
    r"no tengo|pierdo) sensibilidad|perd\w* (la )?sensibilidad|sin sensaci[oó]n|no tengo sensaci[oó]n(?! de)|"
    r"no (siento|noto) (nada|casi nada|bien|poco)|(siento|noto) (muy )?poco)"
)
_SADDLE = (
    r"\b(ingles?|entrepierna\w*|genital\w*|partes (íntimas|intimas|bajas)|(mis|sus) partes|"
    r"zona (íntima|intima|genital|anal)|anal|recto|perin[eé]\w*|vagina\w*|vulva|"
    r"pene|test[ií]cul\w*|escroto|nalga\w*|gl[uú]teo\w*|culo|trasero|pompis|"
    r"posaderas|silla de montar|(cara )?internas? de los muslos|entre las piernas|ah[ií] abajo|"
    r"(?<!hace un )(?<!un )ano(?! pasado))\b"
)
_URINE = r"\b(orin\w*|pis|pip[ií]|meados?|meo|mear|meando)\b"
_DARK = (
    r"\b(oscur\w*|marr[oó]n\w*|negr\w*|rojiz\w*|parduzc\w*|coca ?cola|co[nñ]ac|"
    r"(color|como)( de| el)? (t[eé]|caf[eé]|cola))\b"
)
_LEG = r"\b(pantorr?ill\w*|gemel\w*|chamorr\w*|muslo\w*|piern\w*)\b"
_RED = r"\b(roj\w*|enrojec\w*|rojez|colorad\w*)\b"
_HOT = (
    r"\b(calient\w*|calor|ardient\w*|arde\w*|quema\w*|hinchad\w*|inflamad\w*|"
    r"tumefact\w*)\b"
)
# a few words apart, so that other signs said between them are not used up
_NEAR = r"\W+(\w+\W+){0,5}?"
_RED_HOT = rf"({_RED}{_NEAR}{_HOT}|{_HOT}{_NEAR}{_RED})(,? (y |e )?{_HOT})*"
_CALF = r"\b(pantorr?ill\w*|gemel\w*|chamorr\w*)\b"
_SWOLLEN_TENDER = (
    r"(h?inch\w*|inflam\w*|tumefact\w*|abultad\w*|m[aá]s (gord|grues|anch|grande)\w*|"
    r"sensible\w*|(duel[ea]n?|dolor\w*|dolorid\w*|molest\w*) (\w+ )?(al|cuando( lo| la| me)?) "
    r"(tacto|toc\w*|apriet\w*|apret\w*|presion\w*|palp\w*)|al (toc\w*|apret\w*|presion\w*|palp\w*) (\w+ )?"
    r"(me )?(duel[ea]n?|dolor\w*|molest\w*))"
)
_BELOW_KNEE = (
    r"(pierna\w*|pies?|tobillo\w*|tal[oó]n\w*|dedos|planta|empeine|pantorr?ill\w*|"
    r"gemel\w*|espinilla\w*)"
)

# what a sentence says -> the sign of the public set; the most specific first, and the
# words that matched are used up (so "pantorrilla hinchada" is not also "hinchazón").
# A foot drop ("pie caído", "el pie golpea") is read before a fall or a blow.
SIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"{_NUMB}.*?{_SADDLE}|{_SADDLE}.*?{_NUMB}|no (siento|noto) (bien |casi |apenas |nada (en|de) )?(el |la |los |las |mi |mis )?{_SADDLE}|silla de montar|(no (siento|noto)|(siento|noto) (muy )?poco)\b.*?\blimpi\w*|limpi\w*\b.*?\b(no (siento|noto)|sin sensibilidad)", "saddle_numbness"),
    (r"vejiga|intestin\w*|\bno (orino|meo|hago pis|hago caca|defeco|cago)\b|incontinen\w*|esf[ií]nter\w*|(no (puedo|consigo|logro)|me cuesta|dificultad\w* (para|al)|problemas? (para|al)|sin poder) (\w+ ){0,2}(orinar|mear|hacer (pis|pip[ií]|caca|aguas)|defecar|evacuar|cagar|ir (al ba[nñ]o|de vientre|de cuerpo)|hacer de vientre)|se me (escapa|escap[oó]|sale|sali[oó]|ha escapado)n? (\w+ ){0,4}(el |la |las )?(pis|pip[ií]|orina|caca|heces)|me (orino|orin[eé]|he orinado|meo|me[eé]|he meado|hago|hice|he hecho|cago|cagu[eé]) (\w+ )?encima|no (llego|llegu[eé]|llegaba) (\w+ ){0,3}al ba[nñ]o|no (me )?(aguanto|retengo|controlo|control[eé]|puedo (aguantar|retener|controlar)\w*) (\w+ )?(el pis|la orina|las ganas|la caca|las heces|el intestino|los esf[ií]nteres|esf[ií]nteres)|no (noto|siento) (\w+ )?ganas de (orinar|mear|hacer|defecar|ir)|no (noto|siento) (\w+ ){0,4}(orinar|mear|hacer pis|hago pis|orino|meo|defecar|ir al ba[nñ]o)|no (me )?sale (\w+ )?(el |la )?(pis|pip[ií]|orina|caca|heces)|sin (poder )?(orinar|mear|hacer pis)|no (he|ha|hab[ií]a) (podido )?(orinado|meado|hecho pis|orinar|mear|hacer pis)|moj\w* (\w+ )?(la cama|(los |el )?pantal[oó]n\w*|las bragas|los calzoncillos)|(orino|meo|orin[eé]|me hago (pis|caca)|se me (escapa|sale)\w*) (\w+ ){0,2}sin (darme cuenta|querer|notarlo|enterarme)|cambio\w* (\w+ ){0,2}(al|para|en la|en el|en las|de) (orinar|defecar|orina|heces|deposici\w*|ir al ba[nñ]o)|(escapes?|p[eé]rdidas?) de (orina|pis|heces)", "bladder_bowel_change"),
    (r"(no (puedo|consigo|logro)|me cuesta|dificultad\w* (para|al)|problemas? (para|al)) (\w+ )?respir\w*|(duel\w*|dolor\w*|pincha\w*|molest\w*) (\w+ ){0,2}al respirar|respir\w*\b(?! (bien|normal\w*|sin (problema|dificultad)\w*|hondo|profund\w*|despacio|lento|tranquil\w*))|aliento|resuello|(tos\w*|escup\w*) (\w+ )?sangre|\bahog\w*|asfixi\w*|falta\w* (\w+ ){0,2}(de |el )?aire|sin aire|no me (llega|entra) (el )?aire|(coger|tomar|meter) (el )?aire|disnea|jade\w*|(?<!c[aá]ncer de )\bpecho|t[oó]rax|tor[aá]cic\w*|opresi[oó]n", "breathlessness_chest_pain"),
    (rf"{_DARK}{_NEAR}{_URINE}|{_URINE}{_NEAR}{_DARK}|{_URINE} (\w+ ){{0,2}}(roj\w*|con sangre)|sangre (en|al) (\w+ )?{_URINE}|(orino|meo|hago pis) sangre", "dark_urine"),
    (r"fiebre|febr[ií]\w*|calentura|temperatura(?! (\w+ )?(normal|bien|estable))|\b(3[89]|40|treinta y (ocho|nueve)|cuarenta)(([.,]| con | y )\w+)? (grados|de (fiebre|temperatura))\b|\b(3[89]|40)([.,]\d| y (medio|pico))\b(?! a[nñ]os)|escalofr[ií]\w*|tirit\w*|destemplad\w*|\bd[eé]cimas\b", "fever"),
    (r"(?<!quiero )(?<!para )(?<!intento )(?<!intentando )(?<!tratando de )\b(perd\w*|bajad\w*|baj[eéoó]|bajando) (\w+ ){0,2}(de )?(peso|kilos?|kg|quilos?)\b|(me he quedado|me qued[eé]|estoy|me he puesto) (\w+ )?(en los huesos|piel y huesos)|p[eé]rdida de peso|adelga[zc]\w*|enflaquec\w*|(estoy|me veo|me he quedado|me he puesto) (muy |m[aá]s )?(delgad|flac)\w*", "unexplained_weight_loss"),
    (rf"{_PAIN}(?=.*{_NIGHTLY})|{_NIGHTLY}(?=.*{_PAIN})|\b(me|la|le|nos|te) (despierta|despiertan|despert[oó]|despertaba|ha despertado)\b|{_PAIN}(?=.*{_SLEEP})|{_SLEEP}(?=.*{_PAIN})|no me deja\w* dormir", "night_pain"),
    (r"c[aá]ncer|tumor\w*|met[aá]stasis|carcinoma|quimio\w*|radioterapia|leucemia|linfoma|melanoma|sarcoma|mieloma|oncol[oó]g\w*|malign\w*", "cancer_history"),
    (r"pie (ca[ií]do|p[eé]ndulo|equino)|ca[ií]da del pie|\bpie (\w+ ){0,2}(se )?(me )?(cae|arrastra|engancha|cuelga|golpea|choca|da golpes|va arrastrando|no (se )?(me )?(levanta|sube|responde))\b( (o|y) (se )?(me )?(cae|arrastra|engancha|cuelga|golpea|choca|da golpes))?|\bpie (\w+ ){0,3}colgando|(se me|me) (cae|arrastra|engancha|va) (\w+ )?(el pie|la punta|los dedos)|arrastr\w* (\w+ )?(el|mi|un|la) (pie|pierna|punta)|(no (puedo|consigo|logro)|sin poder|me cuesta|dificultad para) (levantar|subir|alzar|elevar|doblar hacia arriba|flexionar hacia arriba) (\w+ )?(el pie|la punta|los dedos|mi pie|el empeine)|no (puedo|consigo|logro) (mover|doblar|subir|levantar) (\w+ ){0,2}(pie|punta|dedos)( del pie)? (hacia|para) arriba|\bpie (\w+ ){0,3}(plaf|flop|chancl\w*|palmad\w*|palmote\w*)|tropiez\w* (\w+ ){0,2}(con )?(la punta|los dedos)|(la punta|los dedos) del pie (\w+ )?(se )?(engancha\w*|tropiez\w*|roza\w*|choca\w*)|no (puedo|consigo) (andar|caminar|ponerme) (de|sobre) (los )?talones|foot drop|drop foot|tropiez\w* (\w+ )?(con todo|mucho|a menudo|constantemente|continuamente|con frecuencia|cada dos por tres|todo el rato)", "foot_drop"),
    (r"\bme (he )?ca[ií](do|da|go|gas|a)?\b|(?<!\bse ha )(?<!\bse han )\bca[ií](do|da|dos|das)?\b|(?<!\bse )\bcay[oó]\b|\bcaer(me|se)?\b|(?<!\bde )\bgolpe\w*(?! de (aire|calor|suerte|viento|tos))|accidente\w*|atropell\w*|\bchoque\b|choqu[eé]|\bchoc[oó]\b|\bpatada\w*|porrazo|trompazo|batacazo|costalazo|golpetazo|culetazo|balonazo|un impacto|impacto (en|contra)|contusi[oó]n|\b(me|se|le) (\w+ )?(pegu[eé]|peg[oó]|pegado|di|dio|dado|dieron|llev[eé]|llevado) (\w+ ){0,2}(leche|h?ostia|torta)s?\b|\b(tort|casta[nñ]|le[nñ]|pi[nñ]|madr|tranc|guarr|h?osti|rodill|cabez|guam|zapot|put|golp|cul)azos?\b|sent[oó]n|culazo|resbal[eéoó]\w*|resbal[oó]n|\bme (he )?torc[ií]\w*|esguince|\bme (he )?(estamp|estrell)\w*|tropec[eé]|tropez[oó]n?|derrap\w*", "trauma"),
    (r"cada (vez|d[ií]a|semana) (\w+ ){0,2}m[aá]s (d[eé]bil|floj)\w*|cada (vez|d[ií]a|semana) (\w+ )?(con )?menos fuerza|m[aá]s y m[aá]s (d[eé]bil|floj)\w*|cada vez (\w+ )?(me )?(falla|fallan|flojea|flojean)\w* m[aá]s|debilidad (\w+ ){0,4}(empeor\w*|peor|mayor|aument\w*|va a m[aá]s|crec\w*|avanz\w*)|(empeor\w*|aument\w*) (\w+ )?(la )?debilidad|debilit\w*|(pierd\w*|perdiendo|perdido|perd[ií]) (\w+ )?fuerza|(voy|va|estoy|est[aá]|me estoy|me voy|se me est[aá]|se me va) (\w+ )?(quedando|poniendo) (\w+ ){0,2}(d[eé]bil|floj|sin fuerza)\w*|(falla|fallan|flojea|flojean|cede|ceden)\w* (\w+ )?cada vez m[aá]s|(d[eé]bil\w*|debilidad|floj\w*)\W+(\w+\W+){0,4}?(cada vez (peor|m[aá]s)|a peor|empeor\w*)|cada vez (\w+ )?me cuesta m[aá]s (\w+ )?(levantar|subir|andar|caminar|mover|apoyar)|m[aá]s (d[eé]bil|floj)\w* que (antes|ayer|hace|la semana)", "weakness_worsening"),
    (rf"{_LEG}{_NEAR}{_RED_HOT}|{_RED_HOT}{_NEAR}{_LEG}", "leg_red_warm_swollen"),
    (rf"(duel[ea]n?|dolor\w*|molest\w*) (\w+ ){{0,2}}{_CALF} (\w+ ){{0,2}}al (tacto|toc\w*|apret\w*|presion\w*|palp\w*)|{_SWOLLEN_TENDER}{_NEAR}{_CALF}|{_CALF}{_NEAR}{_SWOLLEN_TENDER}", "calf_swelling"),
    (rf"(debajo|abajo|por debajo) de (la |las |mi |mis |tu )?rodillas?|\bbajo (la |las |mi |mis )?rodillas?|hasta (el |la |los |las |mi |mis )?{_BELOW_KNEE}|\b(baja|bajan|bajaba|bajando|baj[oó]|corre|corriendo|recorre|recorr\w*|se extiende|extiende|irradi\w*|se va|va|llega|pasa) (\w+ ){{0,2}}(por|hacia|hasta|a|al) (toda |el |la |los |las |mi |mis )?{_BELOW_KNEE}|\bpiernas? (hacia |para )?abajo|a lo largo de (la|mi|toda la) pierna|(por|recorr\w*) toda la pierna|pierna entera|ci[aá]tic[ao]\b", "radiating_below_knee"),
    (r"hormigu?e\w*|hormiguit\w*|hormigas|cosquill\w*|parestesia\w*|alfiler\w*|agujas|pincha[cz]itos|calambrit\w*|corriente\w*|como (una |unas )?descargas?|electricidad|el[eé]ctric\w*|se me (duerme|duermen|durmi[oó]|durmieron|ha dormido|han dormido|queda dormid\w*|qued[oó] dormid\w*|quedan dormid\w*)|\b(pierna|piernas|pies?|dedos|muslos?|pantorr?ill\w*|gemel\w*|nalga\w*|gl[uú]teo\w*|culo)\b (\w+ ){0,2}dormid\w*|dormid\w* (el |la |los |las |mi |mis )?(piernas?|pies?|dedos)", "tingling"),
    (r"entum\w*|adormec\w*|acorchad\w*|insensib\w*|anestesi\w*|sin sensibilidad|(poca|menos|p[eé]rdida de|falta de|pierdo|perd\w*) (\w+ )?sensibilidad|(no tengo|tengo poca|apenas tengo) (\w+ )?sensibilidad|no (siento|noto) (bien |casi |apenas |nada (en|de) )?(el |la |los |las |mi |mis )?(piernas?|pies?|dedos|muslos?|pantorr?ill\w*|gemel\w*|planta|tal[oó]n|piel|zona|rodillas?|nalgas?)\b|como (de )?corcho|(no tengo|sin|poco|apenas tengo) tacto|como muert[oa]s?|\b(pierna|pie|muslo) (\w+ )?muert[oa]\b|sin sensaci[oó]n|no tengo sensaci[oó]n(?! de)", "numbness"),
    (r"tir[oó]n (\w+ )?(agud\w*|fuerte|brusc\w*|sec\w*|repentin\w*|violent\w*|s[uú]bit\w*|intens\w*)|(agud\w*|fuerte|brusc\w*|sec\w*|repentin\w*|violent\w*|s[uú]bit\w*) tir[oó]n|me (dio|ha dado|peg[oó]) (como )?un tir[oó]n|tir[oó]n muscular", "sharp_pull"),
    (r"chasqu\w*|\bpop\b|\bcra(c|ck)\b|\bclac\b|\bpet[oóa]\b|\bpetado\b|(o[ií]|escuch[eé]|son[oó]|not[eé]|sent[ií]) (\w+ ){0,2}(ruido|crac|clac|crujido)|algo (me )?(son[oó]|cruji[oó]|pet[oó])", "pop"),
    (r"desgarr\w*|rasg\w*|rotura\w*|se me (ha )?(roto|rompi[oó])|\bfibrilar\w*|algo (se )?(me )?(ha )?(rompi[oó]|romp\w*|roto|rasg\w*)|\bme (he )?(roto|romp[ií]) (el |un |los |las )?(m[uú]sculo|tend[oó]n|isquio\w*|fibras?|gemelo)|(m[uú]sculo|tend[oó]n|fibras?|isquio\w*) (\w+ ){0,2}rot[oa]s?\b|sent[ií] (que )?(algo )?(se )?(me )?romp\w*", "tearing"),
    (r"dolor\w* (\w+ ){0,2}(agud\w*|repentin\w*|s[uú]bit\w*|punzante\w*|brusc\w*|lacerante\w*|fulminante\w*)|(agud\w*|repentin\w*|s[uú]bit\w*|punzante\w*|brusc\w*) dolor|(de repente|de golpe|repentinamente|s[uú]bitamente|bruscamente|de pronto)\W+(\w+\W+){0,5}?(dolor\w*|duel[ea]n?|dol[ií]\w*|pinchaz\w*|punzad\w*)|(dolor\w*|duel[ea]n?|dol[ií]\w*)\W+(\w+\W+){0,5}?(de repente|de golpe|de pronto|repentinamente|s[uú]bitamente|bruscamente)|pinchaz\w*|punzad\w*|latigazo\w*|pedrada|cuchillada|puñalada", "sudden_sharp_pain"),
    (r"hinch\w*|inflam\w*|tumefac\w*|edema\w*|abultad\w*", "swelling"),
    (r"moret[oó]n\w*|morat\w*|morad\w*|hematoma\w*|cardenal\w*|equimosis|amorat\w*|mancha\w* (\w+ )?(morad|azul|negr|verd)\w*", "bruising"),
    (r"d[eé]bil\w*|debilidad|floj\w*|sin fuerza\w*|(no tengo|tengo poca|poca|falta de|menos|apenas tengo|nada de) (\w+ )?fuerza\w*|no me (aguanta|sostiene|responde|sujeta)n?|me (falla|fallan|fall[oó]) (\w+ )?(la|las|el|mi|mis) (piernas?|rodillas?)|(piernas?|rodillas?) (\w+ )?(me )?(falla|fallan|fall[oó]|flaquea\w*|flojea\w*)|se me (dobla|doblan|dobl[oó]) (\w+ )?(la|las|mi|mis) (piernas?|rodillas?)|no (puedo|consigo) mover (\w+ )?(la|las|el|mi|mis) (piernas?|pies?)", "weakness"),
)  # fmt: skip
# "no tengo fiebre", "sin fiebre", "nunca he tenido cáncer", "no me he caído", "mi
# pantorrilla no está hinchada": a denied sign is not logged. Not a denial: "no puedo
# orinar", "no siento la pierna", "no tengo fuerza", "sin sensibilidad", "no me deja
# dormir", "no me llega el aire", "no me sale el pis", "no he orinado", where the words
# after the "no" are the sign; but "no noto la pierna débil" denies.
NEGATED = re.compile(
    r"\b(no|sin|nunca|jam[aá]s|tampoco|ni|ning[uú]n|ninguna)\b"
    r"(?!(\s+(me|se|te|le|lo|la|nos))*\s+("
    r"pued\w*|pod\w*|pud\w*|consig\w*|logr\w*|soy capaz|aguant\w*|reten\w*|"
    r"control\w*|lleg\w*|respir\w*|duermo|dormir|dorm[ií]a?|deja\w*|orin\w*|"
    r"meo|mear|defec\w*|cago|hago (pis|caca|pip\w*)|sostien\w*|sostiene\w*|"
    r"respond\w*|levant\w*|alz\w*|sube|suben|entra|sale\w*|sal[ií]a|resuello|"
    r"(he|ha|hab[ií]a)\s+(orinado|meado|hecho\s+pis|podido)|"
    r"(siento|sent[ií]|noto|not[eé])\s+(bien|casi|apenas|nada|cuando|"
    r"(la|el|los|las|mi|mis)\s+(piernas?|pies?|dedos|muslos?|pantorrillas?|gemelos?|"
    r"planta|tal[oó]n|piel|zona|rodillas?|nalgas?|culo|trasero|ingles?|entrepierna|"
    r"genitales|partes|ano|perin[eé]|ganas|papel))\b"
    r"(?!\s+(d[eé]bil|floj|hinchad|inflamad|dormid|entumec|roj|calient|rar|tirant|"
    r"cargad|igual|mal|peor)\w*)|"
    r"dar(me)? cuenta|querer|notarlo|enterarme|pego|pegu[eé]|tacto|"
    r"(par[ao]|paro|dej[oa]|ces[ao]|acab[ao])\s+de\b|"
    r"(tengo|tiene|hay|queda)\s+((casi|apenas|mucha|nada de|ninguna|ning[uú]n)\s+)?"
    r"(fuerzas?|sensibilidad|sensaci[oó]n(?!\s+de)|control|aire|aliento|tacto)\b|"
    r"(fuerzas?|sensibilidad|sensaci[oó]n(?!\s+de)|aire|aliento)\b"
    r"))"
    r"(\s+(me|se|te|le|lo|les|he|ha|has|hay|había|habia|tengo|tenía|tenia|tuve|"
    r"tiene|tienes|noto|noté|note|siento|sentí|senti|es|era|fue|está|esta|estoy|"
    r"cuesta|cuestan|costó|costo|costaba|"
    r"están|estan|estaba|estado|sido|tenido|notado|sentido|parece|veo|duele|duelen|"
    r"dolió|dolio|dolía|dolia|muy|nada|ningún|ningun|ninguna|algún|algun|alguna|"
    r"un|una|unos|unas|el|la|los|las|mi|mis|de|del|ya|más|mas|tan|tanto|tanta|ni)\b)*"
    r"\s+((pierna|piernas|pantorrilla|pantorrillas|gemelo|gemelos|muslo|muslos|pie|"
    r"pies|rodilla|rodillas|orina|pis)\s+[\w-]+|[\w-]+)"
    r"(\s+(en|de|del|debajo de|por debajo de|bajo|detrás de|detras de|al|para|por)"
    r"(\s+(el|la|los|las|mi|mis))?\s+[\w-]+)?"
)
# Only "dos", "ambas" is used up, not the legs it is said of: "se me duermen las dos
# piernas" still reads "las piernas dormidas". "Las piernas", "los pies" (plural, but not
# "los dedos de los pies" nor "entre las piernas") are both legs too; "a las dos" a time.
BOTH_SIDES = re.compile(
    r"(^|\s)(dos|ambas|ambos)\s(?=(piernas|lados|muslos|isquiotibiales|isquios|"
    r"pantorr?illas|gemelos|rodillas|pies|nalgas|glúteos|gluteos|caderas|costados|"
    r"corvas|tobillos|talones)\b)|\b(en|a) (los|ambos) (dos )?lados\b|"
    r"\b(izquierd[ao]|derech[ao]) (y|e) (en )?(la |el )?(izquierd[ao]|derech[ao])\b|"
    r"(?<=piernas )(las|los) dos\b|(?<!\ba )\b(ambas|ambos|las dos|los dos)(?=\s*([.,;!?]|$))|"
    r"(?<!dedos de)(?<!entre)(?<!interna de)(?<!internas de)"
    r"(^|\s)(?=(las|los|mis) (piernas|pies|pantorr?illas|gemelos|muslos)\b)"
)


WORDS = VoiceWords(
    language="es",
    sentences=SENTENCES,
    number_words=NUMBER_WORDS,
    sign_patterns=SIGN_PATTERNS,
    negated=NEGATED,
    both_sides=BOTH_SIDES,
    routine_words=(
        "rutina",
        "rutinas",
        "ejercicios",
        "estiramientos",
        "la",
        "el",
        "los",
        "las",
        "mi",
        "mis",
        "de",
    ),
)
