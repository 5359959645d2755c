"""Duties and payment: prepaid duties, payment in an app, a lifted de minimis exemption,
prices and add-on services that stop.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from monitor.classify.kinds.phrases import (
    _CLAUSE_MARK,
    _NOW_NEW,
    _TEMPORARY,
    _UNTIL_FURTHER,
    CAUSE_WORDS,
    dated_span,
)
from monitor.classify.kinds.votes import _CONTRAST_WORD, _clause_start
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match
from monitor.classify.text import Doc
from monitor.classify.wordstart import word_start

# (not the dots of "U.S." inside a sentence: "Global suspension of U.S. de minimis", "Suspension
# of U.S. De Minimis Exemption"; but "parcels to the U.S. De minimis treatment ended" ends one:
# a capital, then a word in lower case)
_STOP_MARK = lazy_compile(
    r"[;:\n]|(?<!\b[A-Za-z])\.(?!\w)|(?<=\b[A-Za-z])\.(?=\s+[A-Z]\w*\s+[a-z])"
)
# Chinese "after ...," between an object and the stop after it: "美国取消小额包裹免税额度后，
# 中国邮政 ... 暂停收寄" (the exemption's end is why mail stops)
_CN_AFTER = lazy_compile(r"[后後][，,]")


def _stop_between(full: str, a: int, b: int) -> bool:
    """A sentence or clause mark in ``full[a:b]``, read with the letter after ``b`` in view (the
    capital after "U.S." says whether its dot ends a sentence)."""
    found = _STOP_MARK.search(full, a, min(len(full), b + 40))
    return found is not None and found.start() < b


# An option added to a parcel (cash on delivery): stopping it stops no parcel
# "all mail, including cash on delivery": the option is named among what stops
_ADDON_AMONG = word_start(
    r"\b(?:all|alle|allen|aller|alles|wszystkie|wszystkich|tous|toutes|todos|todas|tutti|"
    r"tutte|including|incl|auch mit|also with|even with|w tym|y compris|incluido|incluidos|"
    r"inclusi|einschliesslich|einschließlich|inklusive)\b"
)

# "and", "or", "like" right after the option: one item of a list of what stops ("insurance
# service and parcel acceptance ... are suspended")
_AND_AFTER = lazy_compile(
    r"\s*(?:and|und|et|y|e|en|og|och|i|oraz|и|та|or|ou|o|oder|of|ni|sowie|ainsi que|as well as|"
    r"like|comme|como|wie|come)\b"
)
# "with or without insured value", "even parcels with the insurance option": the option is one
# kind of what stops, not the thing stopped
_EITHER_BEFORE = lazy_compile(
    r"\b(?:with or without|avec ou sans|con o sin|mit oder ohne|com ou sem|met of zonder|"
    r"con o senza|even|meme|incluso|sogar|selbst|anche|zelfs|tanto)\b"
)
_FOR_NOW_REACH = 80  # how far after the stop "temporarily" or "until further notice" may come


def _addon_stopped(doc: Doc, addons: list[Match], start: int, end: int) -> bool:
    """Whether the stop at ``start:end`` is of an option (cash on delivery, an additional
    service) named before it in its sentence or inside it ("geen Verzekerservice meer"), and
    not among all that stops."""
    a, b = doc.sentence_of(start)
    # (not one in a clause or list of its own: "les envois en valeur déclarée, les colis et les
    # lettres vers le Liban sont suspendus", "insurance and parcel acceptance ... are suspended")
    named = [
        m
        for m in addons
        if a <= m.start < end
        and not _CLAUSE_MARK.search(doc.norm, m.end, start)
        and not _AND_AFTER.match(doc.norm, m.end)
        and not _EITHER_BEFORE.search(doc.norm, max(a, m.start - 60), m.start)
    ]
    if not named:
        return False
    # "temporary" from the option on, not in a cause before it ("due to temporary staff
    # shortages, cash on delivery ... is discontinued")
    reach = min(b, end + _FOR_NOW_REACH)
    if any(
        p.search(doc.norm, named[0].start, reach) is not None for p in (_TEMPORARY, _UNTIL_FURTHER)
    ):
        return False  # "valeur déclarée ... : suspension temporaire": the option comes back
    return _ADDON_AMONG.search(doc.norm, a, start) is None


# Prices of the operator's own services: that they stay the same changes nothing for a sender
_PRICES = word_start(
    r"\b(?:prices?|pricing|preise?|briefpreise|paketpreise|portopreise|postage rates?|postal rates|"
    r"precios|prezzi|prijzen|precos|ceny|цены|ціни)\b"
)


def _of_prices(doc: Doc, pos: int, place_starts: list[int] | None, or_no_place: bool) -> bool:
    """Whether the clause before the word at ``pos`` names prices ("die Preise für Briefe ins
    Ausland sind unverändert"), or its sentence does before a list of services with no "but"
    between, or, with ``or_no_place``, the clause names no place either; "freight prices rose,
    but shipments to Israel continue as normal" is about the shipments."""
    a = _clause_start(doc, pos, 180)
    if _PRICES.search(doc.norm, a, pos) is not None:
        return True
    # the prices a list of services belongs to, before the comma of the list: "Die Preise für
    # Briefe, Päckchen und Pakete ins Ausland bleiben unverändert" (no "but" between)
    listed = _PRICES.search(doc.norm, max(doc.sentence_of(pos)[0], pos - 180), a)
    if listed is not None and _CONTRAST_WORD.search(doc.norm, listed.end(), pos) is None:
        return True
    return or_no_place and not any(a <= p < pos for p in place_starts or ())


# Paying through the app: "pay GST in-app", "you can now pay duties in the SingPost app",
# "Zoll direkt in der App bezahlen".
_PAY_IN_APP = lazy_compile(
    r"\b(?:pay|paying|bezahl\w*|payer|pagar|pagare|betal\w*)\b[^.;\n]{0,60}?"
    r"(?:\bin-app\b|\b(?:in|via|through|with|using|from|in der|über die|uber die|dans l'|"
    r"en la|nell'|in de) (?:\w+ ){0,3}?(?:mobile )?app\b)|"
    r"\b(?:in|via|through|with|in der|über die|uber die) (?:\w+ ){0,3}?app\b[^.;\n]{0,40}?"
    r"\b(?:pay|bezahl\w*|payer|pagar|betal\w*)\b"
)
_PAY_IN_APP = word_start(_PAY_IN_APP)
# ... in languages that say "in the app" with a case ending or no preposition: "maksaa
# tullimaksut sovelluksessa", "zaplatit clo v aplikaci", "оплатить в мобильном приложении"
_PAY_OTHER = (
    r"(?:maksa\w*|zaplat\w*|zapłac\w*|zaplac\w*|opłac\w*|oplat\w*|platit|uhrad\w*|оплат\w*|"
    r"сплат\w*|заплат\w*|fizet\w*|betala|betale|pagar|pagamento|greið\w*|greitt|سداد|دفع)"
)
_APP_OTHER = (
    r"(?:sovellu\w*|aplikac\w*|aplikaci|appen|appinu|appið|aplicativo|aplicacao|aplicacion|"
    r"applicazione|"
    r"мобильн\w* приложени\w*|застосун\w*|التطبيق|تطبيق)"
)
# Substrings one of which every match of _PAY_IN_APP or _PAY_IN_APP_OTHER holds: the cheap guard
# before either is searched
APP_HINTS = (
    "app", "sovellu", "aplikac", "aplicativo", "aplicacao", "aplicacion", "applicazione", "мобильн",
    "застосун", "تطبيق",
)  # fmt: skip
# one piece of each word of _APP_OTHER: every match of _PAY_IN_APP_OTHER holds one
_APP_OTHER_WORDS = (
    "sovellu", "aplikac", "appen", "appinu", "appið", "aplicativo", "aplicacao", "aplicacion",
    "applicazione",
    "приложени", "застосун", "تطبيق",
)  # fmt: skip
_PAY_IN_APP_OTHER = word_start(
    rf"\b{_PAY_OTHER}\b[^.;\n]{{0,90}}?\b{_APP_OTHER}\b|"
    rf"\b{_APP_OTHER}\b[^.;\n]{{0,40}}?\b{_PAY_OTHER}\b"
)


# A shop that sells free of duty, named: "World Duty Free store", "Tax Free-butikkene",
# "duty-free shop" (in the normalised text: hyphens are spaces)
SHOP_HINTS = ("duty free", "tax free")
_SHOP = lazy_compile(
    r"\b(?:world duty free|(?:duty|tax) free (?:\w+ )?(?:stores?|shops?|shopping|butikk\w*|"
    r"boutiques?|outlets?|retailers?|kampanje\w*|campaigns?))\b"
)


_AS_NAME = lazy_compile(
    r"(?:DUTY|Duty|TAX|Tax)[ -](?:FREE|Free)\b"
    # (not "the Duty Free threshold for goods imported by post": a duty's own words)
    r"(?![ -](?i:threshold|allowance|limit|import|treatment|concession|amount|quota|value|level|"
    r"status|entry|exemption)s?\b)"
)


def named_shop(doc: Doc, start: int) -> bool:
    """Whether the duty word at ``start`` is "Duty Free" or "Tax Free" written as a name, with
    capitals, in a notice that names such a shop: a retailer's offer, not a duty changed
    ("Sommerkampanje i Tax Free: 3 for 2 på parfyme"); not "duty-free allowances"."""
    if _AS_NAME.match(doc.full, start) is None:
        return False
    return bool(doc.once("_named_shop", lambda d: _SHOP.search(d.norm) is not None))


# Duties paid by the sender when the item is posted (DDP): how a service takes the duty, not
# a change of the duty ("reanuda los envíos ... con aranceles prepagados")
_PREPAID = word_start(
    r"\b(?:delivered duty paid|ddp|pddp|duty tax paid|dtp|prepaid dut\w*|pre paid dut\w*|"
    r"dut(?:y|ies) (?:are |is )?(?:pre ?paid|paid in advance|paid when postage is bought)|"
    r"aranceles prepagados|aranceles pagados por adelantado|en el momento de la admisi[oó]n|"
    r"droits (?:de douane )?pr[eé]pay[eé]s|droits pay[eé]s [aà] l'avance|"
    r"vorausbezahlt\w* z[oö]ll\w*|z[oö]lle (?:werden )?(?:vorab|im voraus) bezahlt|"
    r"dazi prepagati|dazi pagati in anticipo|vooraf betaalde invoerrechten|"
    r"direitos pre ?pagos)\b"
)


def _prepaid(doc: Doc, start: int, seen: dict[int, bool]) -> bool:
    """Read in the vote's sentence only (a short span; most notices hold no such words),
    once per sentence: ``seen`` holds the answer by sentence start."""
    a, b = doc.sentence_of(start)
    known = seen.get(a)
    if known is None:
        known = seen[a] = _PREPAID.search(doc.norm, a, b) is not None
    return known


def _paid_in_app(doc: Doc, start: int, seen: dict[int, bool]) -> bool:
    """``seen``: the answer for each sentence already read (by its start; several duty words
    often share one long sentence)."""
    a, b = doc.sentence_of(start)
    title = seen.get(-1)
    if title is None:  # "New in the app: pay customs charges in a few taps" heads a feature
        title = seen[-1] = doc.title_end > 0 and (
            _app_payment(doc.norm, 0, doc.title_end)
            or (
                _NEW_FEATURE_TITLE.match(doc.norm, 0, doc.title_end) is not None
                and _PAY_WORD.search(doc.norm, 0, doc.title_end) is not None
            )
        )
    if title and (
        doc.in_title(start) or not (dated_span(doc, a, b) or _NOW_NEW.search(doc.norm, a, b))
    ):
        return True  # not "From 1 July, a new duty applies" or "now attract a duty" below it
    known = seen.get(a)
    if known is None:
        known = seen[a] = _app_payment(doc.norm, a, b)
    return known


# "New in UPS My Choice: see and pay import charges before your package arrives": a feature
_NEW_FEATURE_TITLE = lazy_compile(
    r"\s*(?:new|neu|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nieuw)\s+(?:in|im|dans|en|nel|"
    r"feature|funktion|fonctionnalit\w*|funci\w+|funzion\w*|functie)\b"
)
_PAY_WORD = lazy_compile(r"\b(?:pay|bezahl\w*|payer|pagar|pagare|betal\w*)\b")


def _app_payment(norm: str, a: int, b: int) -> bool:
    i = norm.find("app", a, b)
    while i >= 0:  # the regex only where "app" is a word of the sentence (rare; "apply" is not)
        if not norm[i - 1 : i].isalnum() and not norm[i + 3 : i + 4].isalnum():
            break
        i = norm.find("app", i + 3, b)
    if i >= 0 and _PAY_IN_APP.search(norm, a, b) is not None:
        return True
    # (a few substring tests first: the pattern tries its many first letters at every word)
    return (
        any(norm.find(w, a, b) >= 0 for w in _APP_OTHER_WORDS)
        and _PAY_IN_APP_OTHER.search(norm, a, b) is not None
    )


def _has_duty_object(doc: Doc, start: int, end: int, objects: list[Match]) -> Match | None:
    """The duty object a stop stops, if any: "Suspension of duty-free de minimis treatment"
    changes duties, not acceptance; "the money-back guarantee is suspended", promises."""
    # "suspended the implementation of the 4% Free-On-Board (FOB) charge": the object further on
    ahead = 90 if _APPLYING.match(doc.norm, end) else 45
    # (the objects are in order: only those that start near the stop can count, a bisection
    # instead of a scan of every object for every stop)
    lo = bisect_left(objects, start - _NEAREST_BEFORE, key=_START)
    hi = bisect_right(objects, end + ahead, key=_START)
    for m in objects[lo:hi]:
        if (
            # "envíos con garantía de entrega" after the stop names the service stopped; only a
            # guarantee that is the stop's subject (below) counts
            # (but "ne bénéficient plus de l'engagement de délai": what they no longer enjoy)
            (not m.key.startswith(_NOUN_GUARANTEES) or _BENEFIT.search(doc.norm, start, end))
            and end <= m.start <= end + ahead
            and not _stop_between(doc.full, end, m.start)
        ):
            if m.start - end <= 45 or not _OTHER_OBJECT.search(doc.norm, end, m.start):
                return m  # not "the application of our new service ... pending the levies"
        if m.key.startswith(_CHARGES):
            continue  # "due to the new import levy, we have suspended parcels": the cause
        if (
            m.key.startswith(_NOUN_GUARANTEES + ("garantie",))
            and _WITH_BEFORE.search(doc.norm, max(0, m.start - 16), m.start)
            # (not "com a garantia de prazo suspensa": the guarantee with the stop at its side)
            and _STOP_AT_SIDE.fullmatch(doc.norm, m.end, start) is None
        ):
            continue  # "Sendungen mit Laufzeitgarantie ... nicht mehr angenommen": the service
        reach = 120 if m.key.startswith(_GUARANTEES) else 60  # the subject of its sentence
        if start - reach <= m.end <= start and not _stop_between(doc.full, m.end, start):
            if m.key.startswith(_RELEASES) and not _FROM_DUTY.match(doc.norm, m.end):
                continue  # "после освобождения заложников": a release, not a duty relief
            if _CAUSE_BEFORE.search(doc.norm, max(0, m.start - 40), m.start):
                continue  # "в связи с отменой освобождения от пошлин Почта ... приостанавливает"
            if _CN_AFTER.search(doc.full, m.end, start):
                continue
            return m
    return None


# Enjoying a promise: the guarantee after the stop is what the stop takes away
_BENEFIT = lazy_compile(r"benefici|beneficient|profit|geniess|genieß|disfrut|godon|usufru")
# Russian and Ukrainian "release" is a duty relief only "from" a duty or tax
_RELEASES = ("освобождени", "звільненн")
_FROM_DUTY = lazy_compile(r"\s+(?:\w+\s+)?(?:от|від)\s")
# a cause or a time before the object: the object is named as why the stop comes, the stop has
# a subject of its own ("due to the end of the exemption, the Post suspends parcels")
_CAUSE_BEFORE = lazy_compile(
    rf"(?:\b(?:{CAUSE_WORDS}|по причине|вследствие|через|у зв’язку з|a causa d\w*|debido a\w*|"
    r"som folge av|eftersom|omdat|per|devido a\w*|"
    # a time word only before an end: "after the end of the exemption", "Po zniesieniu"
    r"(?:after|following|po|после|після|nach|tras|apres|na|con|com)\s+(?:the\s+|dem\s+|der\s+|"
    r"la\s+|el\s+|il\s+|o\s+|de\s+|het\s+)?(?:end|removal|abolition|elimination|"
    r"zniesieniu|likwidacji|отмены|отмене|скасуванні|скасування|wegfall|abschaffung|ende|fin|"
    r"fim|fine|suppression|eliminacion|supresion|afschaffing|einde))\s+"
    r"(?:[\w'-]+\s+){0,4}(?:\w+['’])?)$"
)

# between a guarantee and a stop said of it in the same phrase, at most its own complement
# ("garantia de prazo suspensa"), not the rest of the items that have it ("colis avec
# engagement de délai vers l'Italie ne sont plus acceptés")
_STOP_AT_SIDE = lazy_compile(r"\s*(?:(?:de|do|da|del|di|of)\s+\w+\s*)?")
_NEAREST_BEFORE = 200  # reach (120) and the longest object phrase before the stop
_START = attrgetter("start")
_GUARANTEES = ("guarantee", "money-back", "money back", "garant", "laufzeitgarant", "engagement")
# promises of a service: a stop of them is no stop of mail, but says that mail will be late
PROMISES = (*_GUARANTEES, "service commitment", "delivery commitment")
# the words added for other languages (lexicon keys are folded: "garantía" is "garantia")
_NOUN_GUARANTEES = ("garantia", "garanties", "garanzi", "laufzeitgarant", "engagement")
_WITH_BEFORE = lazy_compile(
    r"\b(?:with|mit|avec|con|com|met)\s+"
    r"(?:(?:a|an|the|einer|einem|der|la|il|un|une|uma|een|de)\s+)?$"
)

_PAID_AFTER = lazy_compile(r"[ -]?(?:paid|prepaid|unpaid|bezahlt|payes?|pagad[oa]s?)\b")
_LIFTED_OF = lazy_compile(r"\s*(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$")


def _lifted_duty(doc: Doc, start: int, end: int, objects: list[Match]) -> bool:
    """ "The exemption ... was lifted", "die Zollfreigrenze ... aufgehoben", "lifting of the
    de minimis exemption": a duty exemption ends, nothing resumes. Not "services resume with
    duties collected at lodgement"."""
    for m in objects:
        if m.key.startswith(_GUARANTEES) or _PAID_AFTER.match(doc.norm, m.end):
            continue  # "resumption of duty-paid shipments": paid duties, no exemption
        if (
            end <= m.start <= end + 40
            and _LIFTED_OF.fullmatch(doc.norm, end, m.start)
            and not _CLAUSE_OPENS_RESUMED.search(doc.norm, end, m.start)
        ):
            return True
        if (
            start - 100 <= m.end <= start
            and doc.sentence_of(m.end) == doc.sentence_of(start)
            and not _CLAUSE_OPENS_RESUMED.search(doc.norm, m.end, start)
        ):
            return True
    return False


# between an object and "resume": another subject ("duties are paid, and services resume")
_CLAUSE_OPENS_RESUMED = lazy_compile(
    # or a clause of what is said: "after the end of the exemption, Poste Italiane says that
    # sending goods is possible again" (not "the allowance that was withdrawn is reinstated")
    r"\b(?:says?|said|announces?|announced|informs?|informed|confirms?|confirmed|reports?|"
    r"communicates?|mitteilt|teilt mit|comunica|informa|annuncia|conferma|meldt|laat weten)"
    r"(?:\s+\S+){0,2}?\s+(?:that|dass|che|dat)\b|"
    r"[,;]\s*(?:and|but|so|und|aber|et|mais|y|pero)\b|"
    r"\b(?:with|mit|avec|con|met)\b(?! (?:effect|wirkung|effet|efecto|effetto|ingang)\b)"
)


_CHARGES = (
    "levy",
    "levies",
    "import lev",
    "fob charge",
    "import charge",
    "charge on",
    "charges on",
)
_OTHER_OBJECT = lazy_compile(
    r"\b(?:services?|parcels?|mail|shipments?|items?|pending|until|due|because)\b"
)
_APPLYING = lazy_compile(
    r"\s+(?:of\s+)?(?:the )?(?:implementation|application|collection|introduction) of\b"
)
