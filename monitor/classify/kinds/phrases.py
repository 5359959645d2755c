"""What rules of several modules read: phrase patterns (stop nouns, figures, "no change")
and the score a notice needs to count as relevant."""

from __future__ import annotations

from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc
from monitor.classify.wordstart import word_start

RELEVANT_SCORE = 1.0
_STOPS = ("suspension", "prohibited_items", "restriction")
_CLAUSE_MARK = lazy_compile(r"[,;:]")
# A stop said to be for a time, a pause ("temporarily", "until further notice"): read on
# normalised text by the rules on a standing ban (standing.py) and on an option withdrawn
# (duties.py); the adjectives of "temporary" in all their forms ("suspension temporaire",
# "tijdelijke"), but "provisional" only as an adverb: "provisional regulations" ban for good
_TEMPORARY = lazy_compile(
    r"\b(?:temporar\w*|for the time being|for now|vorubergehend\w*|vorläufig|vorlaufig|"
    r"zeitweise|temporair\w*|provisoirement|provisionalmente|temporane\w*|tijdelijk\w*|"
    # Spanish "temporal" (not its plural) is also a storm: "un fuerte temporal"; Italian
    # "temporale" is one
    r"(?<!\bel )(?<!\bun )(?<!\bdel )(?<!\bfuerte )temporal(?:mente)?|"
    r"czasowo|tymczasowo|временно|тимчасово|a titre provisoire|de (?:forma|manera|modo) "
    r"provisional|con caracter provisional|provisoriamente|provvisoriamente|in via provvisoria|"
    # ca eu cy ga gd fo kk uz ky sq be et ht (vocab46)
    r"temporalment|aldi baterako|dros dro|sealadach|sealach|fyribils|uaqytsa|уақытша|vaqtincha|"
    r"вақтинча|убактылуу|perkohesisht|часова|ajutiselt|tanporeman|"
    # s48 235: Greek, Albanian, Macedonian, Maltese, Turkish
    r"προσωριν\w*|perkohshem|привремено|привремен\w*|temporanjament\w*|gecici|geçici|"
    # s64: Nordic, Baltic, Central European, Balkan Latin, Malay and Indonesian, Tagalog,
    # Vietnamese
    r"tillfallig\w*|midlertidig\w*|uz laiku|docasn\w*|valiaikai\w*|laikinai|ideiglenes\w*|"
    r"privremen\w*|zacasn\w*|sementara|pansamantala|tạm (?:ngừng|dừng|thời|hoãn))"
    r"\b|暂时|暫時|一時|일시|잠정|ժամանակավորապես|لنډمهاله|ለጊዜው|সাময়িকভাবে|अस्थायी|ชั่วคราว|"
    r"זמני|مؤقت",
)
_UNTIL_FURTHER = word_start(
    r"\b(?:until further notice|till further notice|bis auf weiteres|jusqu'a nouvel ordre|"
    r"hasta nuevo aviso|hasta nueva orden|fino a nuovo avviso|fino a nuova comunicazione|"
    r"fino a nuovo ordine|tot nader order|ate novo aviso|ate nova ordem|ate nova informacao|"
    r"до особого распоряжения|до дальнеишего уведомления|до окремого розпорядження|"
    r"do odwolania|do odwołania|"
    # s48 235: Greek, Albanian, Macedonian, Maltese
    r"μεχρι νεωτερασ|εωσ νεωτερασ|μεχρι νεωτερασ ενημερωσησ|deri ne nje njoftim te dyte|"
    r"deri ne njoftim te metejshem|до понатамошно известување|sakemm jingħata avviz ieħor|"
    # s64: Nordic, Finnish, Central European, Balkan Latin, Baltic, Romanian, Turkish, Malay and
    # Indonesian (normalised: accents folded)
    r"tills vidare|inntil videre|indtil videre|toistaiseksi|az do odvolani|do odvolania|"
    r"do daljnjeg|do daljeg|do nadaljnjega|tovabbi intezkedesig|visszavonasig|"
    r"lidz turpmakam pazinojumam|iki atskiro pranesimo|kuni edasise teateni|pana la noi ordine|"
    r"bir sonraki duyuruya kadar|ikinci bir duyuruya kadar|sampai pemberitahuan lebih lanjut|"
    r"sehingga notis lanjut|sehingga diberitahu kelak)\b"
    r"|另行通知|追って|추후 공지|별도 공지|จนกว่าจะมีประกาศ|حتى إشعار آخر|עד להודעה חדשה"
)
# The words of a cause ("due to", "w związku z", "в связи с"), read on normalised text by the
# rules that find a change named as the cause of another (each adds its own kin)
CAUSE_WORDS = (
    r"due to|because of|owing to|w zwiazku z|w zwiazku ze|z powodu|в связи с|в связи со|из-за|"
    r"у зв'язку з|внаслідок|wegen|aufgrund|suite a|vanwege"
)


# A stop named as a noun: only that can be "lifted" later in its clause ("the suspension ...
# has been lifted"); a participle or verb stays a stop ("приостановлен, отправления сняты с
# рейса", "prohibited ... and will be removed by customs")
_STOP_NOUN = lazy_compile(
    r"(?:suspension|suspensi[oó]n|sospensione|suspensao|suspensão|opschorting|aussetzung|"
    r"zawieszeni\w*|приостановлени\w*|призупиненн\w*|ограничени\w*|обмеженн\w*|"
    r"restrictions?|prohibition|embargo|bans?|verbot|interdiction|prohibici[oó]n|proibicao|"
    r"proibição|divieto|verbod|zakaz|запрет|заборон\w*|rajoitukset|rajoitus|keskeytys|kielto|"
    r"停止措置|引受停止|停止)$|停止|暂停|禁令"
)


# A rate or an amount: "3 Euro", "8 %", "USD 800"
_FIGURE = lazy_compile(
    r"\d\s*(?:%|prozent\b|euro\b)|[$€£]\s*\d|\d\s*(?:usd|eur|gbp|cad|chf)\b|"
    r"\b(?:usd|eur|gbp|cad)\s*\d"
)
_NO_NEW_FEE_WORDS = (
    r"nao ha nova taxa|no hay nueva tasa|no new fee|keine neue gebuhr|aucune nouvelle taxe|"
    r"nessuna nuova tassa|no new tax|no new dut(?:y|ies)|walang bagong (?:buwis|bayarin|singil)|"
    r"tiada cukai baharu|tiada cukai baru|tidak ada (?:pajak|pungutan) baru|keine neuen? steuer|"
    r"keine neuen zolle|pas de nouvelle taxe|no hay nuevos? impuestos?|nessuna nuova imposta"
)
# What parts a title: "Dänemark: IT-Störung bei PostNord – keine Auswirkungen auf den Versand"
TITLE_SEPARATOR = lazy_compile(r"[:\u2013\u2014]|\s-\s")
# A title that calls the notice a reminder: "Reminder: ...", "... – przypominamy zasady",
# "Herinnering: douanegegevens ...", "напоминание перед праздниками"
TITLE_REMINDER = lazy_compile(
    r"\b(?:reminder|rappel|przypominamy|przypomnienie|erinnerung|wir erinnern|herinnering|"
    r"recordatorio|recordamos|promemoria|ricordiamo|lembrete|lembramos|напоминание|напоминаем|"
    r"нагадування|нагадуємо|pripominame|pripomenuti|paminnelse|paminner|paalala|tadhkir|"
    r"υπενθυμιση|muistutus|emlekezteto|hatırlatma|hatirlatma|podsjetnik|podsetnik|opomnik|"
    r"pripomienka|reamintire|priminimas|atgadinajums|meeldetuletus|pamindelse|напомняне|"
    r"подсетник|потсетник)\b|تذكير|再次提醒|"
    # a verb of reminding over what may be sent: "SAG recuerda qué productos no se pueden
    # enviar" (not "l'ASFC rappelle les règles d'importation", over a rule updated)
    r"\b(?:recuerda|reminds|rappelle|erinnert|ricorda|ricordano|lembra)\s+(?:\w+\s+){0,2}?"
    r"(?:que|what|which|ce que|quels?|quelles?|was|welche\w*|cosa|o que|quais)\b"
)
# The kinds that are rules a notice may say stay as they are (no stop, delay or resumption)
RULE_KINDS = frozenset(("prohibited_items", "restriction", "new_requirement", "duty_tax_change"))
_NO_CHANGE = lazy_compile(
    r"unchang|not changed|n't changed|no change|nothing (?:has )?changed|nothing changes|"
    r"unverandert|"
    r"none of (?:the|these) (?:\w+ )?rules (?:have|has) changed|"
    r"inchang|sin cambio|invariat|ongewijzigd|"
    r"sem altera|без измен|без змін|不变|不變|変更はありません|変更はございません|変更なし|"
    r"inga forandringar|"
    r"ingen forandring|inga andringar|ingen andring|keine anderung|bez zmian|bez změn|bez zmen|"
    r"nichts geandert|andert sich nichts|rien change|nemeni|nemenia|beze zmen|bez zmeny|bez zmien|"
    r"ikke ændret|ikke endret|inte andrats|ole muuttuneet|ole muuttunut|変更されていません|"
    r"nicht geandert|nicht verandert|inalterad|не изменил|не менял|не змінил|ninguna modificacion|"
    r"ningun cambio|no hay cambios|se mantienen las (?:mismas )?condiciones|ce qui ne change pas|"
    r"aucune nouvelle regle|nessuna modifica|aucune modification|aucun changement|"
    r"nenhuma alteracao|tidak berubah|tiada perubahan|tidak ada perubahan|"
    r"nada mudou|nada ha cambiado|nada cambio|无新增|無新增|khong co thay doi|alcuna modifica|"
    r"introduces no (?:new )?(?:changes?|rules)|(?:does|do|will) not create any new|"
    r"creates no new|no introduce (?:novedades|cambios)|"
    r"n'introduit aucun|non introduce novita|"
    r"nao introduz|reglene er de samme|reglerne er de samme|reglerna ar (?:desamma|samma)|"
    r"the rules (?:are|remain) the same|n'a pas change|n'ont pas change|non sono cambiate|"
    r"no han cambiado|nao mudaram|nao mudam|nada muda|nao foram alteradas|zijn niet gewijzigd|"
    r"zijn niet veranderd|"
    r"niets veranderd|haben sich nicht geandert|"
    # Filipino, Indonesian, Malay, Swahili, Turkish, Icelandic, Persian and Urdu (in their
    # normalised letters: Arabic ye and kaf), Hindi, Thai (Hebrew "ללא
    # שינוי" was tried: it is said of one rate beside another that changes)
    r"walang pagbabago|tidak ada perubahan|tiada perubahan|hakuna mabadiliko|degisiklik yok|"
    r"engar breytingar|obreytt|"
    r"بدون تغيير|لا تغيير|تغييري نكرده|كوئي تبديلي نہيں|कोई बदलाव नहीं|"
    r"ไม่มีการเปลี่ยนแปลง|"
    # Korean "without change", "no change", "existing system kept" (s79 465)
    r"변경\s*없|변동이?\s*없|변경\s*사항이?\s*없|기존 제도 유지|"
    # Greek "have not changed", "nothing changed", "without changes", "unchanged"
    r"δεν (?:εχουν|εχει) αλλαξει|δεν αλλαξε|εν αλλαξε|χωρισ αλλαγεσ|καμια αλλαγη|αμεταβλητ|"
    + _NO_NEW_FEE_WORDS
)
# "No new fee": in a title nothing changed, said of the fees; in the body it is said of one
# place or service beside the news of another ("no new fee for Canada; for Australia it rises")
_NO_NEW_FEE = lazy_compile(_NO_NEW_FEE_WORDS)


# A change stated as in force: with its date ("From 1 July, all parcels ... will be subject to
# a fee"), its duration ("until further notice") or by the publisher ("we have suspended").
# Words before the day a change starts: "from 1 July", "ab 1. März", "à partir du 3 juin"
_START_WORDS = (
    "from|as of|on or after|effective|starting|beginning|ab|à partir|a partir|desde|dal|vanaf"
)


# A change stated with its day: "from 1 July", "with immediate effect"
_DATED_CHANGE = word_start(
    rf"\b(?:{_START_WORDS})\b[^.\n]{{0,20}}\d|"
    r"\bwith immediate effect\b|\beffective immediately\b|即日起|即日から|"  # (from today)
    # "2024年7月1日（月）差出分から" (from items posted on 1 July, Monday)
    r"\d日(?:（[月火水木金土日]）)?(?:差出分|引受分|発送分|到着分|輸入分)?から|"
    # Greek and Polish "from" a day and its month: "Από 1 Ιουλίου", "od 1 lipca" (not "από
    # χώρες", "od 2 kg")
    r"\b(?:απο|od) (?:την |τη )?\d{1,2}(?:η|ης|\.)? ?"
    r"(?:ιαν|φεβ|μαρ|απρ|μαι|ιουν|ιουλ|αυγ|σεπ|οκτ|νοε|δεκ|stycz|lut|marc|kwiet|maj|czerw|"
    r"lip|sierp|wrzes|pazdz|listop|grud)"
)


def dated_span(doc: Doc, a: int, b: int) -> bool:
    """Whether ``doc.norm[a:b]`` holds a change stated with its day (``_DATED_CHANGE``): each
    span searched once per notice, as rules of several modules ask it of the same sentence."""
    known: dict[tuple[int, int], bool] = doc.once("_dated_spans", _no_spans)
    found = known.get((a, b))
    if found is None:
        found = known[(a, b)] = _DATED_CHANGE.search(doc.norm, a, b) is not None
    return found


def _no_spans(doc: Doc) -> dict[tuple[int, int], bool]:
    return {}


# A change told with its day or as in force, in the languages of denied rumours and of leads:
# "From 1 March", "with effect from", "С 1 марта", "od 1 lipca", "自2025年8月29日起",
# "ตั้งแต่วันที่", "החל מ-1 במרץ", "1.9. alkaen", "until further notice", "по-прежнему" (not "od
# 2 kg", "des colis de 150 euros": the short words take a day, not a figure with its unit)
_DAY_STARTS = (
    rf"\b(?:{_START_WORDS}|with effect from)\b[^.\n]{{0,20}}\d|"
    r"\b(?:с|з|od|fra|fran|des|alates|nuo)\s+(?:le\s+)?\d{1,2}(?:[.\s]+\d{1,2}\b|\.?"
    r"(?:st|nd|rd|th|er)?\s+"
    r"(?!kg\b|g\b|кг|кило|кіло|eur|usd|euro|dollar|prozent|procent|%)[^\W\d]{3,})|"
    r"自\s?\d|\d日起|\d日から|부터|ตั้งแต่|החל מ|اعتبارا من|ابتداء من|\d\.?\s*alkaen\b"
)
_TOLD_IN_FORCE = lazy_compile(
    _DAY_STARTS + r"|\buntil further notice\b|\bwith immediate effect\b|"
    r"\beffective immediately\b|\bbis auf weiteres\b|\bjusqu'a nouvel ordre\b|"
    r"\bhasta nuevo aviso\b|\bпо прежнему\b"
)
# A change told with the day it starts, in more languages than _DATED_CHANGE ("Mulai 1 Maret",
# "Simula Marso 1", "à compter du 1er septembre", "a decorrere dal 1° luglio")
TOLD_WITH_DAY = lazy_compile(
    _DAY_STARTS + r"|\b(?:mulai|simula|a compter du|a decorrere dal|fra og med|"
    r"fran och med)\b[^.\n]{0,20}\d|\bwith immediate effect\b|\beffective immediately\b"
)


# Words of a message someone else wrote or of the reader's own parcel: "Scam texts claim your
# parcel to Spain is suspended", "SMS yang mengatakan paket Anda ditahan"
TOLD_BY_OTHERS = lazy_compile(
    r"\byour (?:parcel|package|delivery|shipment|item|order)\b|"
    r"\b(?:claim\w*|pretend\w*|purport\w*|saying|stating|say that|says that|"
    r"said|reads?|announce\w*|indicat\w*|inform\w* (?:you|that)|according to|imagine|"
    r"anda|awak|kamu|inyong|iyong|ninyo|mengatakan|menyatakan|mendakwa|memberitahu|nagsasabing|"
    r"nakasulat|ihr\w*|dein\w*|votre|vos|tu|tus|su paquete|seu|sua|uw|jouw|annonce\w*|"
    r"indique\w*|indica\w*|selon|segun|dice|dicen|heisst es|behaupt\w*)\b"
)
# Other places or items than the ones a sentence is about: "items to other countries", "all
# other items continue to be accepted"
_OTHER_ONES = lazy_compile(
    r"\b(?:other|otros|otras|andere\w*|autres|altri|altre|inne|innych|другие|других|інші|"
    r"інших)\b|其他|他の|다른"
)


# What a part of the service is: "letters are not affected" says the rest is
_MAIL_PART = word_start(
    r"\b(?:letters?|airmail|parcels?|packets?|documents?|ems|registered|brev|paket|briefe|"
    r"pakete|lettres|colis|cartas|paquetes|lettere|pacchi|brieven|pakketten|листи|посилки|"
    r"письма|посылки|listy|paczki)\b"
)


_NOW_NEW = word_start(
    r"\b(?:now|new(?! (?:feature|features|function|tool|option|service in))|newly|"
    r"introduc\w*|increas\w*|rais\w*)\b"
)


# Words of accepting mail: "we continue to accept", "acceptance of parcels is suspended".
_ACCEPTANCE = lazy_compile(
    r"accept|annahme|annehm|angenommen|admission|admision|accett|acept|aceit|acceptatie|aanname|"
    r"прием|приём|принима|приима|przyjmowan|posting|booking|引受|收寄|接收"
)


# A document that a condition asks for
PAPERS = lazy_compile(
    r"\b(?:certificat\w*|certificad\w*|\w*zertifikat\w*|\w*zeugnis\w*|\w*bescheinigung\w*|"
    r"\w*genehmigung\w*|"
    r"permit|permits|licen[cs]e|licen[cs]es|lizenz\w*|invoice|invoices|\w*rechnung|facture|"
    r"factura|fattura|certificaat|vergunning|permiso|licencia|licenca|licenza|autorizzazione|"
    r"autorizacion|autorisation|phytosanitary|paperwork|"
    # the electronic data of the contents: "accepted only with electronic customs data",
    # "принимаются только при наличии предварительной электронной информации"
    r"(?:electronic|advance|customs) (?:customs )?(?:data|information|declarations?)|"
    r"elektronische\w* (?:zoll)?daten|donnees electroniques|declarations? electroniques?|"
    r"declarations? en douane|declarations? douanieres?|"
    r"datos electronicos|"
    r"dati elettronici|dados eletronicos|elektronische gegevens|"
    r"электронн\w* (?:\w+ )?(?:данн\w*|информаци\w*|деклараци\w*)|"
    r"електронн\w* (?:\w+ )?(?:дан\w*|інформаці\w*|деклараці\w*))\b"
)
