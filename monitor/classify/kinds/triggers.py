"""The triggers of a notice's kind: the lexicon's trigger phrases, the plain refusals whose
subject is mail, and the phrases split by other words ("nimmt keine Pakete mehr an", "ne ...
plus"), each kept only where it counts (not in a name or the page's path).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter

from monitor.classify import lexicon
from monitor.classify.kinds.denials import _NAME_AFTER, _in_a_name
from monitor.classify.kinds.limits import (
    NO_WORD,
    mail_refused,
    particle_refuses_mail,
    refusal_heads,
)
from monitor.classify.kinds.phrases import _STOPS, PAPERS
from monitor.classify.kinds.votes import _FOLDED, _head, _matches_at, _search_span
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match
from monitor.classify.text import Doc, breadcrumbs, in_spans
from monitor.classify.wordstart import WordStartPattern

# How much one trigger of each kind counts; a stop of service outweighs talk of delays.
_WEIGHT = {
    "suspension": 2.0,
    "prohibited_items": 1.6,
    "restriction": 1.0,
    "new_requirement": 1.0,
    "duty_tax_change": 1.0,
    "delay": 1.3,
    "resumption": 1.6,
    "informational": 1.5,
}

# A weight limit: "up to 2 kg", "2 kg or less", "max. 30 kg", "не более 10 кг".
_WEIGHT_LIMIT = lazy_compile(
    r"\b(?:up to|max(?:imum)?\.?|not exceeding|no more than|bis(?: zu)?|höchstens|jusqu'[àa]|"
    r"hasta|fino a|tot|até|ate|не более|не больше|не більше|до)\s*\d+(?:[.,]\d+)?\s*"
    r"(?:kg|kilos?|kilograms?|кг)(?!\w)|\b\d+(?:[.,]\d+)?\s*(?:kg|кг)\s*(?:or less|or under|"
    r"ou moins|o menos|oder weniger|of minder|ou menos|или менее|або менше|max(?:imum)?)\b",
    re.I,
)
# A price said of a weight band before it, in the same clause: "prices for parcels up to 2kg",
# "Preise für Pakete bis 2 kg", "tarifs des colis jusqu'à 2 kg" (normalised text)
_PRICE_BEFORE = lazy_compile(
    r"\b(?:prices?|rates?|costs?|postage|preise?|tarifs?|tarifas?|tariffe|precios?|"
    r"prezzi|prix)\s+(?:for|of|fur|pour|des|du|de|para|per|dei|delle)\s+[^.;:!?]{0,25}$|"
    # "Тариф на пересылку посылки весом до 1 кг ... составит 4,80 руб."
    r"\b(?:тариф\w*|стоимост\w*|вартіст\w*|цена|цены|ціна|ціни)\s+(?:на |за )?[^.;:!?]{0,30}$"
)


# ... or a price in the next cell of its table row: "Paket bis 5 kg | 19,99 €"
_PRICE_CELL_AFTER = lazy_compile(
    r"[^\n|:=\u2013]{0,20}[|:=\u2013][ \t]*(?:[€$£][ \t]?)?\d+[.,]\d\d(?!\d)"
)


# A few characters of one clause, none of them a word of what may happen ("可能", "或"), a
# negation ("不会", "未", "无需", "没有") or a number of months
_CN_GAP = r"(?:(?!可能|或|不|未|无|無|没|沒|非|个月|個月)[^，,。；;！？\n]){0,15}?"
# ... of the time a parcel takes, not of the time to ask, claim, keep or declare ("查询时限由6
# 个月延长至12个月"; months are no transit time either)
# the words for a parcel's time limit, each with "extended" in its own script
_CN_TIME_LIMITS = (("时限", "延长"), ("时效", "延长"), ("時限", "延長"), ("時效", "延長"))
_CN_NOT_TRANSIT = (
    r"(?<!查询)(?<!查詢)(?<!保管)(?<!申报)(?<!申報)(?<!索赔)(?<!索賠)(?<!退货)(?<!退貨)"
    r"(?<!理赔)(?<!理賠)(?<!投诉处理)(?<!投訴處理)"
)


def _clause_floor(doc: Doc, pos: int, reach: int) -> int:
    """Where a look back from ``pos`` stops: ``reach`` characters or the start of its line
    (read on the original: the normal form has no line breaks, and the title is a line)."""
    return max(0, pos - reach, doc.line_of(pos)[0])


# "must now be declared", "must also carry": what a sender has to do from now on ("should" only
# of what goes with the item: "should be accompanied by a prescription"; "should carry a
# detailed declaration" advises).
_MUST_BE = lazy_compile(
    r"\bmust (?:now |also |still |always |henceforth |instead )?(?:be (?:declared|accompanied|"
    r"registered|labell?ed|filed|submitted|provided|included|shown|completed|marked|"
    r"pre-?registered|uploaded|attached)|(?:carry|show|include|provide|contain|bear|upload) )",
    re.I,
)
_SHOULD_BE = lazy_compile(r"\bshould (?:now |also |henceforth )?be accompanied by\b", re.I)
# "Commercial importers must:\n- register for the portal", "must now:": the list says what
_MUST_LIST = lazy_compile(
    r"\bmust(?: now| also| henceforth)?\s*:\s*\n\s*(?:[-\u2022*\u2013]|\d{1,2}[.)])\s*"
    r"(?:register|submit|provide|include|"
    r"declare|complete|attach|obtain|apply for|enter|label|mark|file|pre-?register|carry|show|"
    r"bear|contain)\b",
    re.I,
)
# What may stand between "delivery times" and "extended" (read in full, any case): words of
# one clause, none that negates, sets against, gives a cause, says the times hold or shorten,
# or makes them a tender's or a contract's
_DELIVERY_GAP = (
    r"(?:(?!\b(?:not|no|nicht|keine?|ne|pas|non|niet|nao|não|although|though|but|while|after|"
    r"because|since|thanks|despite|unchanged|stable|normal|cut|shorter|reduced|aunque|pero|"
    r"porque|gracias|pese|mantienen|reducen|malgr[eé]|gr[aâ]ce|car|parce|maintenus|r[eé]duits|"
    r"trotz|weil|obwohl|dank|aber|stabil|gleich|kurzer|kürzer|nonostante|grazie|perch[eé]|"
    r"anche se|invariati|riducono|ma|ook al|omdat|dankzij|ondanks|maar|gelijk|apesar|gra[cç]as|"
    r"embora|mant[eê]m|reduzem|propuestas|propostas|ofertas|concurso|offres|vertrag\w*)\b)"
    r"[^.,;:!?\n]){0,50}?"
)
# "... keine Sendungen nach Libyen an": after "nehmen" or "nimmt", the separable particle at the
# end of the clause ("nehmen bis 5. Januar keine Pakete an": a date's dot ends no clause); a
# stop only when mail or goods follow "keine" (limits.particle_refuses_mail)
_PARTICLE_VERBS = ("nehmen", "nimmt")
# a character of a clause that holds no negation, no second verb joined by "und"/"oder" and no
# "Sie" of a request ("Setzen Sie Pakete nicht der Sonne aus")
_NO_TURN = r"(?:(?!\b(?:nicht|kein\w*|und|oder|sie)\b)[^.;:!?\n]|(?<=\d)\.)"
_NO_PARTICLE_AN = (
    rf"(?:[^.;:!?\n]|(?<=\d)\.){{0,40}}?{NO_WORD}[^.;:!?\n]{{1,80}}?\ban\b"
    r"(?=\s*(?:[.;:!?,\n]|$|und\b|oder\b))"
)
# A character of a German clause, a date's dot too, but no comma that opens a clause of its own
# ("dürfen, sofern sie nicht aus Drittländern stammen, ... eingeführt werden": a permission;
# "nach Australien, Neuseeland und Japan": a list)
_NO_SUBCLAUSE = (
    r"(?:(?!,\s*(?:sofern|soweit|wenn|falls|die|der|das|weil|da|bevor|sodass|damit|ob)\b)"
    r"[^.;:!?\n]|(?<=\d)\.)"
)
# A relief from duties, whose end is a duty change, not a stop ("keine Zollbefreiung mehr",
# "geen vrijstelling meer"), or a difference no longer made
_RELIEF = (
    r"(?:zollbefreiung|steuerbefreiung|abgabenbefreiung|befreiung|freigrenze|zollfreigrenze|"
    r"wertgrenze|vrijstelling|belastingvrijstelling|drempel|drempelwaarde|de minimis|"
    # ... or a difference no longer made ("geen onderscheid meer tussen ...")
    r"onderscheid|verschil|unterschied|unterscheidung)"
)
# Dutch trouble that "geen ... meer" says is over
_TROUBLE = (
    r"(?:vertragingen|vertraging|problemen|probleem|storingen|storing|beperkingen|beperking|"
    r"achterstanden|achterstand|hinder|onderbrekingen|onderbreking|wachttijden|wachttijd)"
)
# Phrases split by other words: "nimmt keine Pakete mehr an", "ne ... plus", "wieder ... auf".
_GAPPED = [
    # "we have put this service on hold", "has placed all shipments to Canada on hold": a stop
    # told with what stops between (not "we can put the deliveries on hold": a customer's own
    # hold, nor "the Saturday deliveries service" of some areas)
    (
        "on hold",
        "suspension",
        lazy_compile(
            r"\b(?:we|we've|we have|we had|we are|we're|has|have|had)\s+(?:now\s+)?"
            r"(?:put|placed|putting|placing)\s+(?:this|our|all|these|its)\s+"
            r"(?:[^\W\d]+\s+){0,3}?(?:services?|shipments|deliveries|acceptance|bookings)\s+"
            r"(?:to [^.;:!?\n]{1,40}?)?on hold\b"
            # (not a hold to inspect or clear them: a delay)
            r"(?!\s+(?:for|pending) (?:an? )?(?:inspection|clearance|examination|review)\b)",
            re.I,
        ),
    ),
    # (not a membership of a union: "kein Teil der Zollunion mehr", "geen onderdeel meer van de
    # douane-unie"; but "kein Teil unseres Angebots mehr" drops a service)
    (
        "kein",
        "suspension",
        lazy_compile(
            r"\bkeine?[nrs]?\b(?!\s+(?:teil|bestandteil|mitglied)\b[^.;:!?\n]{0,60}?union)"
            # (not a relief that ends: "keine Zollbefreiung mehr" is a duty change)
            rf"(?!\s+(?:\w+\s+)?{_RELIEF}\b)"
            # (not a paper no longer needed: "kein Ursprungsnachweis mehr nötig")
            r"[^.;:!?\n]{1,80}?\bmehr\b(?!\s+(?:nötig|notwendig|erforderlich|benötigt|verlangt)\b)",
            re.I,
        ),
    ),
    # "Sendungen mit Fleisch ... aus Nicht-EU-Staaten grundsätzlich nicht nach Deutschland
    # eingeführt werden dürfen": may not be imported, the goods' origin and place between
    (
        "eingefuhrt",
        "prohibited_items",
        lazy_compile(
            r"\bnicht\b(?! nur\b)[^.;:!?\n]{0,60}?\beingeführt werden (?:dürfen|darf)\b", re.I
        ),
    ),
    # "kunnen zendingen met parfum niet meer naar het buitenland verstuurd worden": no longer
    # sent to a place named between (not "niet meer dan 2 kg": a limit; not "niet meer dezelfde
    # dag verstuurd", nor papers "niet meer per post verstuurd")
    (
        "niet meer",
        "suspension",
        lazy_compile(
            r"\bniet meer\b(?!\s+dan\b)"
            r"(?![^.;:!?\n]{0,50}?\b(?:dezelfde (?:werk)?dag|op de dag van|vandaag|"
            r"dezelfde avond)\b)"
            r"[^.;:!?\n]{0,50}?\bnaar\b[^.;:!?\n]{1,40}?"
            r"\b(?:verstuurd|verzonden|vervoerd)\s+"
            r"(?:worden|kunnen worden|mogen worden)\b",
            re.I,
        ),
    ),
    # "Posti ei 1.6.2021 alkaen enää kuljeta ulkomaille lähetyksiä": no longer carries, a date
    # (its dots too) between
    (
        "enaa",
        "suspension",
        lazy_compile(
            r"\b(?:ei|eivät|emme)\b(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){0,40}?\benää\s+(?:kuljeta|"
            # (not "lähetä": "ei enää lähetä paperisia saapumisilmoituksia", notices stop)
            r"toimita|välitä|vastaanota|hyväksy|ota vastaan|kuljeteta|toimiteta|vastaanoteta|"
            r"hyväksytä|oteta vastaan)\b"
            # (not days of the week: "Kirjeitä ei enää toimiteta tiistaisin", domestic rounds)
            r"(?![^.;:!?\n]{0,40}?\w+isin\b)",
            re.I,
        ),
    ),
    (
        "geen",
        "suspension",
        lazy_compile(
            r"\bgeen\b(?!\s+(?:onderdeel|deel|lid)\b[^.;:!?\n]{0,60}?(?:unie|union))"
            rf"(?!\s+(?:\w+\s+)?{_RELIEF}\b)"
            # (no trouble any more is no stop: "geen vertraging meer", "geen storingen meer")
            rf"(?!\s+(?:\w+\s+)?{_TROUBLE}\b)"
            r"[^.;:!?\n]{1,60}?\bmeer\b(?!\s+(?:nodig|vereist|verplicht)\b)",
            re.I,
        ),
    ),
    # "Ningún paquete con destino a Israel será admitido", "Nessun pacco per Israele sarà
    # accettato", "Aucun colis pour le Liban ne sera accepté": none accepted for a place is a
    # stop (the subject opens its sentence with a capital; not "No parcels will be accepted
    # after 12 noon on Christmas Eve", see "accepted" below for English)
    (
        "ningun",
        "suspension",
        lazy_compile(
            r"\b(?:Ningún|Ninguna|Ningun)\s[^.;:!?\n]{0,60}?\b(?:para|con destino a|hacia)\s"
            r"[^.;:!?\n]{1,40}?\b(?:será|serán|sera|seran|es|son)\s+admitid[oa]s?\b"
            r"(?!\s+(?:después|despues|antes|sin|si)\b)"
        ),
    ),
    (
        "nessun",
        "suspension",
        lazy_compile(
            r"\b(?:Nessun|Nessuna|Nessuno)\s[^.;:!?\n]{0,60}?\b(?:per|verso|diretti? a)\s"
            r"[^.;:!?\n]{1,40}?\b(?:sarà|saranno|sara|è|sono)\s+accettat[oaie]\b"
            r"(?!\s+(?:dopo|prima|senza|se)\b)"
        ),
    ),
    (  # Icelandic "fellur öll dreifing bréfa og pakka í Grindavík niður": delivery lapses
        "niður",
        "suspension",
        lazy_compile(r"\bfell(?:ur|a)\b[^.;:!?\n]{0,80}?\bniður\b", re.I),
    ),
    (  # "aucun courrier ni colis ne sera livré", "aucun nouvel article ne sera accepté": none
        # delivered or taken (a strike at home; "accepté qu'avec ...": _ONLY_AFTER_REFUSAL)
        "aucun",
        "suspension",
        lazy_compile(
            r"\baucune?\s+(?:nouvel(?:le)?\s+)?(?:courrier|colis|lettre|envoi|paquet|article)s?\b"
            r"[^.;:!?\n]{0,40}?\bne\s+ser(?:a|ont)\s+(?:livr|distribu|achemin|accept)\w*(?!\w)",
            re.I,
        ),
    ),
    (
        "aucun",
        "suspension",
        lazy_compile(
            r"\b(?:Aucune?)\s[^.;:!?\n]{0,60}?\b(?:pour|vers|[àa] destination)\s"
            r"[^.;:!?\n]{1,40}?\bne\s+ser(?:a|ont)\s+accept[ée]e?s?\b"
            r"(?!\s+(?:après|apres|avant|sans|si)\b)"
        ),
    ),
    (  # "stellen wir den Versand von Paketen bis auf Weiteres ein": stop
        "stell",
        "suspension",
        # (a date's "1." may stand between: "stellt ab 1. März den Versand ... ein")
        lazy_compile(r"\bstell(?:t|en|e)\b(?:[^.;:!?\n]|(?<=\d)\.){1,80}?\bein\b(?!\w)", re.I),
    ),
    (  # "setzen wir den Versand nach Kanada vorübergehend aus": stop, a service between the
        # verb and its particle, which ends the clause (not "setzt sich aus ... zusammen", "wir
        # setzen auf Wachstum und bauen ... aus", "setzen ... nicht aus", "setzt DHL ... aus?")
        "setz",
        "suspension",
        lazy_compile(
            rf"\bsetz(?:t|en|e)\b{_NO_TURN}{{0,60}}?\b(?:versand\w*|annahme|zustellung|"
            rf"beforderung|beförderung|postverkehr|paketversand|abholung|einlieferung|"
            rf"postdienst\w*|transport\w*|service)\b{_NO_TURN}{{0,60}}?\baus(?=\s*(?:[.,;:!\n]|$))",
            re.I,
        ),
    ),
    # "nehmen wir derzeit keine Sendungen nach Libyen an": does not accept (the particle "an"
    # ends the clause: not "an Kunden")
    *(
        (verb, "suspension", lazy_compile(rf"\b{verb}\b{_NO_PARTICLE_AN}", re.I))
        for verb in _PARTICLE_VERBS
    ),
    (  # "neemt geen brieven en pakketten naar Soedan aan": does not accept
        "geen",
        "suspension",
        lazy_compile(r"\bneem\w*\b[^.;:!?\n]{0,40}?\bgeen\b[^.;:!?\n]{1,80}?\baan\b", re.I),
    ),
    (  # "kunnen wij tot nader bericht geen brieven en pakketten naar Niger accepteren": the
        # verb of accepting at the end, after a modal
        "geen",
        "suspension",
        lazy_compile(
            r"\b(?:kunnen|kan|mogen|mag|zullen|zal)\b[^.;:!?\n]{0,40}?\bgeen\b[^.;:!?\n]{1,80}?"
            r"\b(?:accepteren|aannemen|aanvaarden)\b",
            re.I,
        ),
    ),
    # (not a most: "ne peut recevoir plus de trois envois par mois", "plus de 100 000 DA"; nor
    # "either": "ne subissent pas non plus de changement"; nor what no longer suffices, a new
    # requirement: "une description générale ne suffit plus"; nor a promise no longer kept, late
    # mail: "les délais ne sont toutefois plus garantis")
    (
        "plus",
        "suspension",
        lazy_compile(
            r"\bn(?:e |'|\u2019)(?!suffi|est plus suffisant)[^.;:!?\n]{1,40}?(?<!\bnon )\bplus\b"
            r"(?!\s+(?:de|d'|d\u2019|que|qu'|qu\u2019)\s*(?:\d|(?:un|une|deux|trois|quatre|"
            r"cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|"
            r"cent|mille)\b))"
            r"(?!\s+(?:garanti|respecte)(?:e|es|s)?\b)",
            re.I,
        ),
    ),
    (  # "nie będą od 1 marca 2027 r. przyjmowane": not accepted, with words between
        "nie",
        "suspension",
        lazy_compile(
            r"\bnie (?:będą|są|będzie|jest)\b(?:[^.;:!?\n]|(?<=\d)\.|(?<= r)\.){1,50}?"
            r"\bprzyjmowan[eay]\b",
            re.I,
        ),
    ),
    (  # "nesmějí v České republice přijímat poštou": may not receive, with words between
        "nesm",
        "prohibited_items",
        lazy_compile(
            r"\bnesm(?:í|ějí|ú)\b[^.;:!?\n]{1,40}?\b(?:přijímat|prijímať|dovážet|dovážať|zasílat|"
            r"zasielať|posílat|posielať)\b",
            re.I,
        ),
    ),
    (  # "items to Peru can only be sent using a tracked service": a limit of service
        "only",
        "restriction",
        lazy_compile(
            r"\bonly be (?:sent|posted|shipped|accepted|mailed)\b"
            r"[^.;:!?\n]{0,40}?\b(?:track\w*|registered|signed|ems|express|courier|insured|"
            r"recorded|priority|service|services|parcelforce|worldwide|airmail|international)\b",
            re.I,
        ),
    ),
    (  # "only tracked services can be used for parcels to Brazil": a limit of service
        "only",
        "restriction",
        lazy_compile(
            r"\bonly (?:[\w-]+ ){1,4}?(?:can|may|will|must) (?:now )?be used (?:for|to send)\b",
            re.I,
        ),
    ),
    (  # "will accept shipments to Australia only as Delivered Duty Paid": accepted only in a
        # form of service, a limit (not "we only accept cards as payment")
        "accept",
        "restriction",
        lazy_compile(
            r"\b(?:will|now|to) accept (?:\w+ ){0,2}(?:shipments|parcels|packages|items|mail)\b"
            r"[^.;:!?\n]{0,60}?\bonly (?:as|with|under|via|through|when|if)\b",
            re.I,
        ),
    ),
    (  # "Сроки доставки отправлений в Грецию увеличены", "Срок доставки ... может увеличиться";
        # the places listed between ("в Польшу, а также в другие страны ЕС, ..., могут увеличиться")
        "срок",
        "delay",
        lazy_compile(
            r"\bсрок(?:и|а)? (?:доставки|пересылки)\b(?:[^.;:!?\n,]{0,60}?(?<!не )|"
            # (past commas, a list of places, but not to another subject's growth: "сроки ... не
            # изменятся, однако тарифы ... увеличатся", "сократились ..., а количество ...")
            r"(?:(?!\bоднако\b|\bно\b|при этом|тариф|стоимост|цен[аыу]\b|количеств|"
            r"останут|сокра|не измен|вес\b|максимальн)[^.;:!?\n]){0,160}?(?<!не ))\bувелич",
            re.I,
        ),
    ),
    # "全程时限将较航空运输延长约10至15个工作日": the time is longer than by air (not "不延长",
    # nor "可能相应延长": what may happen is said by the lexicon's own phrases)
    *(
        (needle, "delay", lazy_compile(rf"{_CN_NOT_TRANSIT}{needle}{_CN_GAP}{longer}"))
        for needle, longer in _CN_TIME_LIMITS
    ),
    (
        "термін",
        "delay",
        lazy_compile(r"\bтерміни (?:доставки|пересилання)\b[^.;:!?\n]{0,60}?\bзбільш", re.I),
    ),
    (  # "bpost schort vanaf 10 maart alle brieven en pakjes naar Iran op": suspends mail to a
        # place (not "CWU schort de stakingen op": a strike postponed is good news)
        "schort",
        "suspension",
        lazy_compile(
            r"\bschort\b(?![^.;:!?\n]{0,80}?(?:staking|actie|verhoging))[^.;:!?\n]{1,80}?"
            r"(?:\bnaar\b[^.;:!?\n]{1,60}?\bop\b|\bop naar\b)",
            re.I,
        ),
    ),
    (  # "la huelga paraliza los envíos a Chile": a stop of mail, not of a city or of works
        "paraliz",
        "suspension",
        lazy_compile(
            r"\bparaliza(?:n|ra|rá|ran|rán)?\b\s+(?:\w+\s+){0,3}?(?:envíos|envios|paquetes|"
            r"correo|entregas?|admisión|admision|servicio postal|expedición|expedicion)\b",
            re.I,
        ),
    ),
    (  # "Pakete werden nur mehr mit Sendungsverfolgung angenommen": a limit of service (not
        # "es gibt nur mehr zwei Tarifstufen")
        "nur mehr",
        "restriction",
        lazy_compile(
            r"\bnur mehr\b(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){0,80}?\b(?:angenommen|versendet|"
            r"verschickt|versandt|"
            r"befördert|zugestellt|möglich|zulässig|akzeptiert|transportiert)\b",
            re.I,
        ),
    ),
    (  # "mogen e-sigaretten niet meer naar Australië worden verzonden": banned
        "mogen",
        "prohibited_items",
        lazy_compile(
            r"\bmogen\b[^.;:!?\n]{0,60}?\bniet (?:meer|langer)\b[^.;:!?\n]{0,60}?\bworden "
            r"(?:verzonden|verstuurd|ingevoerd)\b",
            re.I,
        ),
    ),
    (  # "Dodací lhůty balíků do Rakouska jsou prodlouženy": delivery takes longer
        "dodaci",
        "delay",
        lazy_compile(r"\bdodací lhůty\b[^.;:!?\n]{0,60}?\b(?:prodlouž\w*|delší)", re.I),
    ),
    # "Delivery times to Jamaica may be extended", "los plazos de entrega pueden verse
    # ampliados", "die Laufzeiten können sich verlängern": longer delivery, the verb apart, in
    # the same clause (_DELIVERY_GAP: no comma, negation, contrast or cause between, not "stay
    # stable despite the extended opening hours")
    (
        "delivery time",
        "delay",
        lazy_compile(
            r"\bdelivery times?\b(?!\s+(?:guarantee|promise|commitment|window|slot|target)s?\b)"
            rf"{_DELIVERY_GAP}\b(?:extended|lengthened|increased by \d)",
            re.I,
        ),
    ),
    (
        "entrega",
        "delay",
        lazy_compile(
            rf"\b(?:plazos?|prazos?) de entrega\b{_DELIVERY_GAP}"
            r"\b(?:ampliad|alargad|prolongad|extendid|estendid|aumentad|afectad|afetad|"
            r"impactad)\w*"
            # (not a question: "Os prazos de entrega vão ser afetados?")
            r"(?![^.;:!?\n]{0,40}(?:\?|\b(?:propuestas|propostas|ofertas|concurso)\b))",
            re.I,
        ),
    ),
    (
        "delai",
        "delay",
        lazy_compile(
            r"\bd[ée]lais? (?:de livraison|de distribution|d'acheminement|d\u2019acheminement)\b"
            rf"(?:{_DELIVERY_GAP}\b(?:allong|rallong|prolong)\w*(?![^.;:!?\n]{{0,40}}\bpas\b)|"
            # past a list of the mail, when a figure follows: "les délais de livraison des lettres,
            # colis et envois EMS à destination du Bénin sont allongés de dix (10) jours"
            # (not another subject's: "les délais ... sont maintenus et les horaires d'ouverture
            # ... sont prolongés de deux heures")
            r"(?:(?!\b(?:sont|seront|et les|et la|horaires|maintenus)\b)[^.;:!?\n]){0,90}?"
            r"\b(?:sont|seront|ont été) (?:(?:allong|rallong|prolong)\w* (?:de|d')\s*\w+|"
            # ... or with none, at the end of the sentence: "... à destination du Canada sont
            # allongés."
            r"(?:allong|rallong)\w*\s*(?:[.;]|$)))",
            re.I,
        ),
    ),
    # "Articles internationaux entrants : délais prolongés": longer times of the mail named
    # before (not "Dédouanement : délais prolongés", nor "délais prolongés pour retirer les
    # colis": more time to pay or to collect)
    (
        "delais",
        "delay",
        lazy_compile(
            r"\b(?:articles|envois|colis|courrier|lettres|paquets|acheminement)\b"
            # (not "Colis en instance : délais prolongés": the time they are kept to collect)
            r"(?!\s+en instance\b)[^.;!?\n]{0,50}?"
            r"\bd[ée]lais (?:prolong|allong)[ée]s\b(?!\s+(?:également\s+)?pour\s+(?!les envois))",
            re.I,
        ),
    ),
    (
        "laufzeit",
        "delay",
        lazy_compile(
            rf"\blaufzeit(?:en)?\b{_DELIVERY_GAP}\bverl[äa]nger\w*(?![^.;:!?\n]{{0,40}}\bnicht\b)",
            re.I,
        ),
    ),
    (
        "consegna",
        "delay",
        lazy_compile(
            rf"\btempi di consegna\b{_DELIVERY_GAP}\b(?:allung|prolung)\w*",
            re.I,
        ),
    ),
    (
        "levertijd",
        "delay",
        lazy_compile(
            rf"\blevertijd(?:en)?\b{_DELIVERY_GAP}\b(?:langer|verlengd)\b"
            r"(?![^.;:!?\n]{0,40}\bniet\b)",
            re.I,
        ),
    ),
    (  # "PostNL stopt per 1 maart tijdelijk met het vervoeren van pakketten": stops
        "stop",
        "suspension",
        lazy_compile(
            r"\bstop(?:t|pen)\b[^.;:!?\n]{0,50}?\bmet (?:het )?(?:vervoeren|verzenden|"
            r"accepteren|aannemen|bezorgen|versturen)\b",
            re.I,
        ),
    ),
    (  # "dürfen ab 1. März nicht mehr nach Australien versendet werden": no longer sent
        "nicht",
        "suspension",
        lazy_compile(
            r"\bnicht mehr\b(?!(?:[^.;:!?\n]{0,60}?\b(?:rechtzeitig|pünktlich|"
            r"mit (?:einer|einem|der|dem) \w*(?:rechnung|erklärung|formular|nachweis|"
            r"bescheinigung))))"
            r"[^.;:!?\n]{1,60}?\b(?:versendet|verschickt|versandt|befördert|"
            r"befordert|angenommen|zugestellt|transportiert|eingeliefert|aufgegeben|eingeführt|"
            r"eingefuhrt)\b",
            re.I,
        ),
    ),
    (  # "dürfen nicht in die EU eingeführt werden": may not be imported
        "nicht",
        "prohibited_items",
        lazy_compile(
            rf"\b(?:d[üu]rfen|darf)\b{_NO_SUBCLAUSE}{{0,60}}?\bnicht\b"
            rf"(?! (?:mehr|oder|nur|immer)\b){_NO_SUBCLAUSE}{{1,60}}?"
            r"\beingef[üu]hrt werden\b",
            re.I,
        ),
    ),
    (  # "mogen niet naar Australië worden verzonden": may not be sent
        "niet",
        "suspension",
        # (only a place or "until further notice" between "niet" and the verb: not "niet via
        # Schiphol", "niet op dezelfde dag", nor "kunnen niet garanderen dat ... worden verzonden")
        lazy_compile(
            r"\b(?:(?:mogen|mag|kunnen|kan)\b(?:(?!\bdat\b)[^.;:!?\n]){0,60}?\bniet|"
            # ("mogen niet meer": the older pattern's ban; "kunnen niet meer": a stop)
            r"(?:kunnen|kan)\b(?:(?!\bdat\b)[^.;:!?\n]){0,60}?\bniet (?:meer|langer))"
            r"(?: (?:tijdelijk|voorlopig|tot nader order))?(?: naar(?:,? [\w'-]+){1,10}?)? "
            r"(?:worden (?:verzonden|verstuurd|gepost)|(?:verzonden|verstuurd|gepost) worden)\b",
            re.I,
        ),
    ),
    # "(?<!immer )\bwieder\b" with the word first (the regex engine then skips to its letters):
    # the checks before it are made after it, on the same characters
    ("wieder", "resumption", lazy_compile(r"wieder(?<!\wwieder)\b(?<!immer wieder)", re.I)),
    (
        "again",
        "resumption",
        lazy_compile(
            r"\b(?:can|may|will|could) (?:once )?again be\b|\bagain accept|"
            # "business customers can again send goods to the USA"
            r"\b(?:can|may|will|could) (?:now )?(?:once )?again (?:send|post|ship|mail)\b|"
            r"\b(?:be|is|are) (?:sent|accepted|mailed|shipped|delivered|posted)\b[^.;\n]{0,50}?"
            r"\bagain\b|\b(?:possible|available|accepted|open|resumed) (?:once )?again\b|"
            # "we are accepting ... again", "we accept parcels to Israel again", "we will accept"
            r"\b(?:(?:we|we're|we are|we will|we'll|now) (?:are |now )?(?:accepting|accept)|"
            r"can (?:now )?(?:receive|accept))\b[^.;\n]{0,60}?\bagain\b",
            re.I,
        ),
    ),
    (  # Dutch "kun je weer pakketten ... versturen": may send again
        "weer",
        "resumption",
        lazy_compile(
            r"\b(?:kun|kunt|kan|kunnen|mag|mogen)\s+(?:(?:je|u|jij|we|wij|klanten|zij)\s+)?"
            r"(?:nu\s+|vanaf nu\s+)?weer\b[^.;:!?\n]{0,60}?\b(?:versturen|verzenden|"
            r"verstuurd|verzonden|sturen|posten|aanbieden|aangeboden)\b",
            re.I,
        ),
    ),
    (  # Dutch "kunnen wij vanaf 8 juni opnieuw brieven en pakjes aannemen": may again accept
        # (accepting only: "kunt u het opnieuw verzenden" sends a returned parcel again)
        "opnieuw",
        "resumption",
        lazy_compile(
            r"\b(?:kun|kunt|kan|kunnen|mag|mogen)\b[^.;:!?\n]{0,40}?\bopnieuw\b"
            r"[^.;:!?\n]{0,60}?\b(?:aannemen|aanvaarden|accepteren|aangenomen|aanvaard|"
            r"geaccepteerd)\b",
            re.I,
        ),
    ),
    (  # Dutch "accepteren we weer pakketten met parfum": the verb before its subject
        "weer",
        "resumption",
        lazy_compile(
            r"\b(?:accepteren|aanvaarden|vervoeren|verzenden|versturen|bezorgen)\s+"
            r"(?:we|wij|ze|zij|postnl|bpost|dhl)\s+(?:(?:vanaf\s+)?nu\s+)?weer\b",
            re.I,
        ),
    ),
    (  # Dutch "nemen we weer pakketten naar Israël aan": the separable verb around "weer"
        "weer",
        "resumption",
        lazy_compile(
            r"\b(?:nemen|neemt)\s+(?:(?:we|wij|jullie|zij|postnl|bpost)\s+)?weer\s+"
            r"(?:[\w'-]+\s+){0,6}?aan\b",
            re.I,
        ),
    ),
    (  # French "vous pouvez de nouveau envoyer des colis": may send again
        "nouveau",
        "resumption",
        lazy_compile(
            r"\b(?:pouvez|peut|peuvent|pouvons)\s+(?:(?:désormais|desormais|dès à present|"
            r"maintenant)\s+)?(?:de nouveau|à nouveau|a nouveau)\s+(?:(?:être|etre)\s+)?"
            r"(?:envoy|expédi|expedi|déposer|deposer|déposé|depose|accept|poster|posté|poste)\w*",
            re.I,
        ),
    ),
    ("must", "new_requirement", _MUST_BE),
    ("should", "new_requirement", _SHOULD_BE),
    ("must", "new_requirement", _MUST_LIST),
    ("kg", "restriction", _WEIGHT_LIMIT),
    ("кг", "restriction", _WEIGHT_LIMIT),
    (
        "unable",
        "suspension",
        lazy_compile(
            r"\bunable to\b[^.;\n]{0,30}?\b(?:deliver|accept|process|pick up|collect|transport|"
            # (sending what is mail: not "unable to send the data electronically")
            r"dispatch|despatch|forward|send(?= (?:any |your |the |these )?(?:items?|parcels?|"
            r"packages?|mail|letters?|shipments?|goods)\b))",
            re.I,
        ),
    ),
    (  # "no parcels to Qatar will be accepted": the stop said of its subject
        "accepted",
        "suspension",
        lazy_compile(
            # (a list of subjects may hold commas: "No letters, documents or parcels for Yemen")
            r"\bno (?:(?!without )[\w'-]+,? ){1,8}?(?:(?:will|can|shall|may|could) be|are|is) "
            r"(?:being )?accepted\b(?! (?:after|before|without|if|unless|on|for christmas)\b| at "
            r"(?:these|this|our|the) (?:lockers?|counters?|branch|branches|office|offices|"
            r"post office|station))",
            re.I,
        ),
    ),
    # Swedish, Danish and Norwegian put the subject after the modal when the sentence opens
    # with the time: "Från 1 april måste alla paket till Norge ha mottagarens telefonnummer",
    # "Fra 1. april skal alle pakker til Sverige have modtagerens telefonnummer"
    (
        "maste",
        "new_requirement",
        lazy_compile(
            r"\bmåste\s+(?:[\w-]+\s+){1,6}?(?:ha|innehålla|vara försedda?|förses|märkas|"
            r"åtföljas)\b",
            re.I,
        ),
    ),
    (
        "skal",
        "new_requirement",
        lazy_compile(
            r"\bskal\s+(?:[\w-]+\s+){1,6}?(?:have|ha|indeholde|inneholde|være påført|"
            r"være forsynet|merkes|mærkes|ledsages)\b",
            re.I,
        ),
    ),
    # ... and Estonian: "Alates 1. aprillist peab kõigil pakkidel olema saaja telefoninumber"
    (
        "pea",
        "new_requirement",
        lazy_compile(r"\bpea(?:b|vad)\s+(?:[\w-]+\s+){1,6}?olema\b", re.I),
    ),
    # Thai "เปิดรับฝากพัสดุไปสหรัฐอเมริกาอีกครั้ง" (accepting parcels to the US again): the
    # object between the verb and "again"
    (
        "อีกครั้ง",
        "resumption",
        lazy_compile(r"(?:เปิดรับฝาก|เปิดให้บริการรับฝาก|กลับมารับฝาก)[^\n.]{1,60}?อีกครั้ง"),
    ),
    # Icelandic "Hægt að senda vörur til Bandaríkjanna á ný" (goods can be sent to the US again)
    (
        "senda",
        "resumption",
        lazy_compile(r"\b(?:hægt|unnt) að senda\b[^.;:!?\n]{0,60}?\bá ný\b", re.I),
    ),
    (  # Finnish "Pakettien vastaanottoa Israeliin jatketaan": acceptance goes on again (not
        # "Noutoaikaa jatketaan", the time to collect is extended)
        "jatketaan",
        "resumption",
        lazy_compile(
            r"\b(?:vastaanott|lähettäm|lahettam|kuljetu|jakelu)\w*\b[^.;:!?\n]{0,60}?"
            r"\bjatketaan\b",
            re.I,
        ),
    ),
    (
        "no longer",
        "suspension",
        lazy_compile(
            r"\bno longer (?:be )?(?:able to )?(?:accept|sen[dt]|ship|mail|deliver|possible|"
            r"available|offer|process|transport|forward)",
            re.I,
        ),
    ),
]  # (a word the text must hold for the pattern to be tried, kind, pattern)
# How each pattern is searched: those that start with one word and a word boundary, through
# WordStartPattern (two to three times faster, the same matches); "again" and the weight limits
# have many alternatives that start everywhere (any number), so the engine does them faster;
# Thai and Chinese have no word boundary between their words.
_UNSPACED_NEEDLES = frozenset(
    ("again", "kg", "кг", "wieder", "อีกครั้ง", *(needle for needle, _ in _CN_TIME_LIMITS))
)
_GAPPED_FINDERS = [
    (
        needle,
        kind,
        rx if needle in _UNSPACED_NEEDLES else WordStartPattern(rx),
    )
    for needle, kind, rx in _GAPPED
]


# The same, with the pattern itself (not its WordStartPattern) and the word every match starts
# with: where no letter folds to "i" or "s" (_FOLDED), a match of such a pattern starts where
# the normalised text holds that word ("kein", "neem" of "neemt geen ... aan"), and only there
# is the pattern tried (_matches_at); the others are searched over all of _search_span.
_GAPPED_HEADED = [
    (needle, kind, finder, rx, _head(rx))
    for (needle, kind, finder), (_needle, _kind, rx) in zip(_GAPPED_FINDERS, _GAPPED, strict=True)
]
_NEEDLES = tuple(dict.fromkeys(needle for needle, *_ in _GAPPED_HEADED))
_NEEDLE_TUPLES = tuple((needle,) for needle in _NEEDLES)  # each its own hint (one bit each)

# A title that ends by saying the service goes on: "International services to the United States
# continue", "Israel: DHL Express operations continue" (not "Cuba delays continue")
_TITLE_GOES_ON = lazy_compile(
    r"\b(?:services?|operations?|mail|shipments?|shipping|delivery|deliveries|items|parcels|"
    r"processing|booking)\b(?:(?!\b(?:delays?|disruptions?|suspensions?|restrictions?|strikes?|"
    r"closures?|backlogs?)\b)[^.:;!?]){0,60}?\bcontinues?\W*$"
)
_SEND_VERBS = ("send", "post", "ship", "mail")
# French "ne ... que" after a refusal that ends with its verb of acceptance: "ne sera accepté
# qu'avec", "ne seront acceptés que s'ils" (read normalised, at the refusal's end)
_ONLY_AFTER_REFUSAL = lazy_compile(
    r"(?:(?<=accepte)|(?<=acceptes)|(?<=acceptee)|(?<=acceptees))\s+qu(?:'|e\b)"
    # (not a time: "ne sera accepté qu'à partir du 5 janvier", "qu'après la fin de la grève",
    # "qu'au début du mois" are a stop until then; but "qu'après le dépôt d'une déclaration",
    # "qu'au tarif ..." are conditions)
    r"(?!\s*(?:a partir|a compter|des\b|apres\s+(?!(?:le|la|l'|les)\s*(?:depot|paiement|"
    r"presentation|reception|enregistrement|verification|controle)\b)|au\s+(?!tarif\b)))"
)
# after "can again send": a condition not met yet ("once the suspension is lifted")
_LIFT_CONDITION_AFTER = lazy_compile(r"[^.;:!?]{0,60}?\b(?:once|when|if|as soon as)\b")
_START = attrgetter("start")


@dataclass(slots=True)
class Found:
    """The lexicon's matches of a notice by group and the triggers that count, each (kind,
    start, end, key); the job, figure and question words, which joined the topics, apart too."""

    matches: list[Match]
    by_group: dict[str, list[Match]]
    triggers: list[tuple[str, int, int, str]]
    jobs: list[Match] | None
    figures: list[Match] | None
    questions: list[Match] | None


# Hungarian writes a case ending after a hyphen on numbers and abbreviations ("2023-ban", "a
# GVH-ban": in 2023, at the GVH); the normalised text makes the hyphen a space, and the
# ending then reads as the English word
_SUFFIX_WORDS = frozenset(("ban",))


def _suffix_at(full: str, start: int) -> bool:
    """Whether the word at ``start`` is joined by a hyphen to the word before it."""
    return start >= 2 and full[start - 1] == "-" and full[start - 2].isalnum()


_WITH_PAPERS = lazy_compile(r"\b(?:avec|accompagn\w*|muni\w*|depot|presentation)\b")


def _only_accepted_kind(doc: Doc, end: int) -> str:
    """The kind of "accepted only ..." from what its condition names, in its sentence."""
    papers = PAPERS.search(doc.norm, end, doc.sentence_of(end - 1)[1])
    return (
        "new_requirement"
        if papers is not None
        # the papers are the condition: "qu'avec une déclaration", "qu'après le dépôt de ..."
        # (not "qu'en dessous de 2 kg, quelle que soit la déclaration")
        and _WITH_PAPERS.search(doc.norm, end, papers.start()) is not None
        and not any(ch.isdigit() for ch in doc.norm[end : papers.start()])
        else "restriction"
    )


def find_triggers(doc: Doc) -> Found:
    """Every trigger of a kind in ``doc``, found once: the lexicon's words, plain refusals of
    mail and split phrases, less those in a name, the page's path or text that does not count."""
    matches = lexicon.matches(doc, "kinds")
    by_group: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        by_group[m.value].append(m)
    # words of a job advertisement, parliamentary questions and figures year on year are
    # irrelevant topics like any other (each keeps its group as its value)
    jobs, figures = by_group.pop("job_topics", None), by_group.pop("figure_topics", None)
    questions = by_group.pop("question_topics", None)
    if jobs or figures or questions:
        by_group["irrelevant_topics"] = sorted(
            by_group["irrelevant_topics"] + (jobs or []) + (figures or []) + (questions or []),
            key=_START,
        )
    plain = by_group.get("plain_refusal")
    if plain:  # "werden nicht angenommen": a stop when mail or goods are refused
        heads = refusal_heads(doc)
        refused = {m.start for m in plain if mail_refused(doc, m.start, m.end, m.key, heads)}
        matches = [
            Match(m.start, m.end, "suspension", m.key) if m.start in refused else m
            for m in matches
            if m.value != "plain_refusal" or m.start in refused
        ]
    full = doc.full
    triggers: list[tuple[str, int, int, str]] = [
        (m.value, m.start, m.end, m.key)
        for m in matches
        if m.value in _WEIGHT and not (m.key in _SUFFIX_WORDS and _suffix_at(full, m.start))
    ]
    # the spans the lexicon's triggers take, by start, with the furthest end reached so far:
    # a split phrase overlaps one of them when the last that starts before its end reaches
    # past its start (a bisection, not a scan of every trigger per match); made at the first
    # split phrase found, which most notices hold none of
    taken_starts: list[int] | None = None
    taken_reach: list[int] = []
    ignored: list[tuple[int, int]] = []  # the phrases read as no trigger
    stop_starts = {m.start for m in matches if m.value in _STOPS}
    norm, full = doc.norm, doc.full
    folded = None  # whether the text holds a letter of _FOLDED, looked up once if needed
    # which needles the text holds, from the one walk of hint words (a substring scan per
    # needle cost 18 us a notice); where each first stands only for those it holds
    held = dict(zip(_NEEDLES, doc.holds_each(_NEEDLE_TUPLES), strict=True))
    firsts: dict[str, int] = {}  # "geen" guards two patterns
    for needle, kind, rx, whole_rx, head in _GAPPED_HEADED:
        if not held[needle]:
            continue
        first = firsts.get(needle)
        if first is None:
            first = firsts[needle] = norm.find(needle)
        if first < 0:
            continue
        if head is not None and folded is None:
            folded = any(ch in full for ch in _FOLDED)
        found: Iterable[re.Match[str]]
        if head is not None and not folded:
            # the same matches as the search over _search_span, which starts at the needle
            # when it is the head, else at 0: no match starts before the first head
            found = _matches_at(whole_rx, full, norm, head)
        else:
            found = rx.finditer(full, *_search_span(doc, needle, first))
        for g in found:
            if taken_starts is None:
                taken = sorted((m.start, m.end) for m in matches if m.value in _WEIGHT)
                taken_starts = [a for a, _ in taken]
                taken_reach = list(accumulate((b for _, b in taken), max))
                ignored = [(m.start, m.end) for m in matches if m.value == "_ignore"]
            i = bisect_left(taken_starts, g.end()) - 1
            if i >= 0 and taken_reach[i] > g.start():
                continue
            if any(a <= g.start() < b for a, b in ignored):
                continue  # a phrase read as no trigger holds its head: "ne sont plus desservis"
            if kind == "suspension" and any(g.end() < s <= g.end() + 3 for s in stop_starts):
                continue  # "ne sont plus suspendus": the negation of the stop that follows
            if (
                kind == "resumption"
                and g.group(0).lower().endswith(_SEND_VERBS)
                and _LIFT_CONDITION_AFTER.match(norm, g.end())
            ):
                continue  # "can again send them once the suspension is lifted": not yet
            if (
                needle in ("kg", "кг")
                and _PRICE_BEFORE.search(norm, _clause_floor(doc, g.start(), 40), g.start())
                is not None
            ):
                continue  # "Tracked 48 prices for parcels up to 2kg also change": a price band
            if needle in ("kg", "кг") and _PRICE_CELL_AFTER.match(doc.full, g.end()) is not None:
                continue  # "Paket bis 5 kg | 19,99 €", "bis 2 kg: 4,90 €": a row of a price list
            if needle in _PARTICLE_VERBS and not particle_refuses_mail(
                doc, g.start(), g.end(), refusal_heads(doc)
            ):
                continue  # "nehmen keine Trinkgelder an", "Viele Empfänger nehmen keine ... an"
            triggers.append((kind, g.start(), g.end(), g.group(0)))

    if doc.title_end and "continu" in norm[: doc.title_end]:
        goes_on = _TITLE_GOES_ON.search(norm, 0, doc.title_end)
        if goes_on is not None:  # "NIPOST: International services to the United States continue"
            triggers.append(("informational", goes_on.start(), goes_on.end(), goes_on.group(0)))

    if "qu" in norm:
        # "aucun colis ne sera accepté qu'avec une déclaration électronique": accepted only
        # with papers, a requirement; with anything else, a limit; no stop
        triggers = [
            (_only_accepted_kind(doc, t[2]), *t[1:])
            if t[0] == "suspension" and _ONLY_AFTER_REFUSAL.match(norm, t[2])
            else t
            for t in triggers
        ]
    full, book, name_after = doc.full, "《" in doc.full, _NAME_AFTER.match
    crumbs = breadcrumbs(doc)  # "Home > Customs > Duties": where the page sits, no change
    triggers = [
        t
        for t in triggers
        if doc.counts(t[1])
        and not ((book or name_after(full, t[2])) and _in_a_name(doc, t[1], t[2]))
        and not (crumbs and in_spans(t[1], crumbs))
    ]
    return Found(matches, by_group, triggers, jobs, figures, questions)
