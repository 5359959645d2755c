"""Notices that say their change is for mail within the country only ("These revisions apply
to domestic mail only. International mailing ... is not affected") or for travellers only ("The
changes apply only to goods carried by travellers"): no news for a sender abroad, whatever
rules they restate."""

from __future__ import annotations

from monitor.classify.destinations.roles import STRONG, Role
from monitor.classify.gazetteer import WORLD, WORLD_WEAK
from monitor.classify.kinds.votes import Vote
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc

# What a notice says of its own reach (normalised text)
_DOMESTIC_ONLY = lazy_compile(
    # "New domestic postage tariffs from 1 April"
    r"\bnew domestic (?:postage |postal |mail )?(?:tariffs|prices|rates)\b|"
    # "Revision of tariff of domestic Speed Post" (India Post's office memoranda)
    r"\brevision of (?:the )?(?:tariffs?|postage|rates?) (?:of|for) (?:the )?domestic\b|"
    # "nuevas tarifas para los servicios postales nacionales", "tarifas dos serviços nacionais"
    r"\btarifas (?:de|para) (?:los )?servicios (?:postales )?nacionales\b|"
    r"\btarifas dos servicos (?:postais )?nacionais\b|"
    r"\b(?:these|the|this|such) (?:revisions?|changes?|rules?|standards?|requirements?|updates?|"
    r"amendments?|measures?) (?:apply|applies) (?:only )?to domestic (?:mail|shipments|parcels|"
    r"items|services?)(?: only)?\b|"
    r"\b(?:diese|die) (?:anderungen|regeln|neuerungen) gelten nur fur (?:inlandssendungen|den "
    r"inlandsversand|sendungen im inland)\b|"
    r"\b(?:ces|les) (?:modifications|changements|regles) ne concernent que (?:le courrier|les "
    r"envois) (?:national|interieur)\w*\b|"
    r"\b(?:estos|los) cambios (?:solo|unicamente) (?:aplican|se aplican) a (?:los )?envios "
    r"nacionales\b|"
    # "Estos cambios aplican solo a ventas dentro de México" (a marketplace's own country)
    # (said "only": not "These changes apply to shipments within and outside the EU")
    r"\b(?:estos|los|these|the) (?:cambios|changes) (?:(?:solo|solamente|unicamente|only) "
    r"(?:aplican|se aplican|apply)|(?:aplican|se aplican|apply) (?:solo|solamente|unicamente|"
    r"only)) (?:a|to) (?:las |los )?(?:ventas|sales|orders|pedidos|envios|shipments) "
    r"(?:dentro de|within|en el pais|nacionales|domestic)\b(?! \d| and outside| y fuera)|"
    # Bulgarian "колетни пратки с адрес на получател в страната" (parcels addressed to a
    # recipient in the country; not "... в страната на местоназначение", the country of
    # destination, nor "-членка", a member state, nor "пратки от трети страни / от чужбина с
    # адрес ...", parcels from abroad)
    r"\bпратки с адрес на получател в страната(?![\w-]| на)|"
    # "Registered Post for international articles is not affected by this change"
    r"\binternational (?:articles|mail|items|shipments|services) (?:is|are) not "
    r"affected by (?:this|these|the) changes?\b|"
    # "本次调整仅适用于中国大陆境内寄递" (this change applies only to mail within mainland China)
    # (mail within, not posted within: "仅适用于境内各邮政网点收寄的国际邮件", "国内寄往境外")
    # Hindi "यह सेवा केवल देश के भीतर भेजी जाने वाली ... के लिए है" (this service is only for
    # what is sent within the country)
    r"केवल देश के (?:भीतर|अंदर)|"
    # Japanese "このお知らせは国内郵便に関するものであり", "本件は、国内郵便に関するものです"
    # (this notice is about domestic mail; not "国内郵便に関するものを除き", except what concerns
    # domestic mail, nor "...ですが、国際郵便物の引受けも停止"; nor beside a change of
    # international mail, _ABROAD_CHANGED)
    r"(?:この|本)(?:お知らせ|ご案内|案内|件)は[、,]?\s*(?:日本)?国内郵便に関するもの"
    r"(?:であり|です(?!が)|である(?!が))|"
    # ... "本サービスは日本国内のみ" (this service is for Japan only)
    r"(?:この|本)サービスは(?:日本)?国内(?:のみ|限定)|"
    r"(?:仅|只|僅)(?:适用于|適用於)(?:中国|中國)?(?:大陆|大陸)?(?:境内|境內|国内|國內)"
    r"(?:寄递|寄遞|快递|快遞|邮件|郵件|快件)(?![^，,。；;]*(?:寄往|发往|發往|境外|国际|國際))"
)
# Mail abroad said to change beside a domestic statement (Bulgarian and Japanese, whose
# statements above say nothing of it): stopped, delayed, needing data, or banned
_ABROAD_CHANGED = lazy_compile(
    r"(?:международн\w*|извън ес|чужбина)[^.]{0,60}(?:спира\w*|спиране|спрян\w*|не се приема\w*|"
    r"не приемаме|забран\w*|задължител\w*|необходим\w*|закъсн\w*)|"
    r"(?:спира\w*|спиране|не приемаме|забран\w*)[^.]{0,40}(?:международн|извън ес|чужбина)|"
    r"(?:国際|外国|海外)[^。]{0,40}(?:停止|中止|見合わせ|休止|遅れ|遅延|必要|義務|禁止|制限)"
)
# one piece of each phrase of _DOMESTIC_ONLY (not "national": "international" holds it)
_HINTS = (
    "new domestic",
    "of domestic",
    "for domestic",
    "to domestic",
    "gelten nur fur",
    "ne concernent que",
    "ne concerne que",
    "envios nacionales",
    "solo aplican",
    "solo se aplican",
    "aplican solo",
    "solamente",
    "unicamente",
    "only apply",
    "apply only",
    "not affected by th",
    "适用于",
    "適用於",
    "servicios nacionales",
    "servicios postales nacionales",
    "servicos nacionais",
    "servicos postais nacionais",
    "देश के",
    "получател в страната",
    "国内郵便に関する",
    "サービスは",
)


# The allowances of travellers, not of goods sent: "The changes apply only to goods carried by
# travellers in their personal luggage", "La medida no es aplicable a los envíos por vía
# postal", "여행자가 직접 휴대하여 반입하는 물품에만 적용된다"
_TRAVELLERS_ONLY = lazy_compile(
    r"\b(?:changes?|measures?|allowances?|exemptions?|rules?|limits?) (?:apply|applies) only to "
    r"(?:goods (?:carried|brought in) by )?(?:travell?ers|passengers)\b|"
    r"\b(?:no es aplicable|no se aplica|no aplica) a los envios (?:por via postal|postales)\b|"
    r"여행자가 직접 휴대하여 반입하는 물품에만 적용"
)
_TRAVELLERS_HINTS = ("only to", "a los envios", "물품에만 적용")
# goods sent by post or courier, in a sentence of its own
_SENT_GOODS = lazy_compile(
    r"\b(?:post|postal|by mail|parcels?|courier|envios|paquetes|correo|sendungen|pakete|colis|"
    r"envois)\b|우편|특송|택배"
)


# said to stay as it is: "the threshold for goods by international post ... does not change"
_STAYS = lazy_compile(
    r"\b(?:does not|do not|will not|won't|doesn't) change\b|\b(?:remains?|stays?|is|are) "
    r"unchanged\b|\bno change\b|\bsin cambios\b|\bno cambia\w*\b|\bandert sich nicht\b|"
    r"\binchang\w*|변경되지 않|변동 없"
)


def travellers_only(doc: Doc, votes: list[Vote]) -> bool:
    """Whether the notice says its change holds for travellers only and tells no change of goods
    sent by post or courier beside it ("Separately, goods sent by post will no longer benefit
    from the relief", "no se aplica a los envíos postales, que desde el 1 de julio tributarán
    IVA")."""
    if not doc.holds_any(_TRAVELLERS_HINTS):
        return False
    said = _TRAVELLERS_ONLY.search(doc.norm)
    if said is None:
        return False
    kept = doc.sentence_of(said.start())
    # (a sentence of postal items said to stay as they are is no change of them: "the threshold
    # for goods by international post ... does not change")
    unchanged = {doc.sentence_of(v.start) for v in votes if v.kind == "informational"}
    for v in votes:
        if v.kind == "informational" or v.weight < 1.0:
            continue
        sentence = doc.sentence_of(v.start)
        if sentence == kept:
            if v.start >= said.end():
                return False  # the same sentence goes on to a change of postal items
        elif (
            sentence not in unchanged
            and _SENT_GOODS.search(doc.norm, *sentence)
            and not _STAYS.search(doc.norm, *sentence)
        ):
            return False
    return True


def domestic_only(doc: Doc, roles: list[Role], origin: str | None) -> bool:
    """Whether the notice says its change is for domestic mail only and names no place abroad
    as where mail goes."""
    if not doc.holds_any(_HINTS) or _DOMESTIC_ONLY.search(doc.norm) is None:
        return False
    if _ABROAD_CHANGED.search(doc.norm):
        return False  # "... спираме приема на международни колетни пратки": mail abroad too
    # (nor every place: "... to all destinations from 1 May. International letters are not
    # affected by this change")
    return not any(r.role == STRONG and r.place.code not in (WORLD_WEAK, origin) for r in roles)


# A price list that says its international prices stay as they are ("The new tariffs do not
# apply to international mail", "Тарифы на международные почтовые отправления остаются без
# изменений"): the new prices are domestic ones
_INTERNATIONAL_PRICES_SAME = lazy_compile(
    # Bulgarian "Услугите за международни пратки, както и цените им, остават без промяна"
    r"\b(?:услугите|цените|тарифите) (?:за|на) международн\w*[^.;:]{0,60}?остават без промяна|"
    r"\b(?:the )?new (?:tariffs|prices|rates|charges) do not apply to international\b|"
    r"\b(?:prices|tariffs|rates) (?:for|of|on) international [^.;:]{0,40}?"
    r"(?:remain|stay|are) unchanged\b|"
    # (a list that the international prices head: "International tariffs, EMS and parcel
    # tariffs remain unchanged")
    r"\binternational (?:prices|tariffs|rates)\b[^.;:]{0,40}?(?:remain|stay|are) unchanged\b|"
    # "Foreign postal rates, including airmail letters, parcels and EMS, remain unchanged"
    r"\b(?:foreign|overseas) (?:postal |mail )?(?:prices|tariffs|rates)\b[^.;:]{0,50}?"
    r"(?:remain|stay|are) unchanged\b|"
    # "there's no change to the pricing for international parcels"
    r"\bno changes? (?:to|in) (?:the |our )?(?:pricing|prices|rates|tariffs) (?:for|of|on) "
    r"international\b|\bno changes? (?:to|in) (?:the |our )?international (?:pricing|prices|"
    r"rates|tariffs)\b|"
    # "International Speed Post (EMS) tariffs are not covered by this revision"
    r"\binternational [^.;:]{0,30}?(?:prices|tariffs|rates) (?:are|is) not (?:covered|affected|"
    r"changed|revised)\b|"
    r"\bтариф\w* на международн\w+ [^.;:]{0,40}?(?:остают\w* без изменени\w+|не изменя\w+)|"
    r"\bтариф\w* на міжнародн\w+ [^.;:]{0,40}?(?:залишаються без змін|не змінюються)|"
    r"\b(?:preise|entgelte) (?:fur|im) (?:den )?(?:internationalen|auslands)\w*[^.;:]{0,40}?"
    r"bleiben unverandert\b|"
    # "Die Preise für den Versand ins Ausland bleiben zum Jahreswechsel unverändert"
    r"\b(?:preise|entgelte) fur den (?:paket|brief)?versand (?:ins|in das) ausland\b"
    r"[^.;:]{0,40}?bleiben [^.;:]{0,30}?unverandert\b|"
    # Macedonian "Цените на услугите во меѓународниот сообраќај ... остануваат непроменети"
    r"\bцени\w* [^.;:]{0,40}?мегународн\w*[^.;:]{0,80}?остануваат непроменет\w*|"
    r"\btarifs (?:a l'|de l'|pour l')international[^.;:]{0,40}?restent inchang\w*|"
    # "Les tarifs applicables aux envois à destination de l'étranger restent inchangés"
    r"\btarifs [^.;:]{0,40}?(?:a destination de l'etranger|pour l'etranger|vers l'etranger|"
    r"internationaux)[^.;:]{0,20}?restent inchang\w*|"
    r"\btarifas (?:de (?:(?:los|las) )?(?:servicios|envios) )?internacionales [^.;:]{0,40}?"
    r"(?:(?:se mantienen|permanecen) sin cambios|no sufren (?:modificaciones|cambios)|"
    r"no (?:cambian|se modifican|tienen cambios))\b|"
    # "Las tarifas del servicio internacional no presentan cambios"
    r"\btarifas del servicio (?:postal )?internacional [^.;:]{0,30}?no (?:presentan|tienen|sufren) "
    r"(?:cambios|modificaciones)\b|"
    # Hindi "अंतरराष्ट्रीय स्पीड पोस्ट (ईएमएस) की दरों में कोई परिवर्तन नहीं किया गया है"
    r"अंतरराष्ट्रीय[^।.;:\n]{0,40}?दरों में कोई (?:परिवर्तन|बदलाव) नहीं|"
    r"\btarifas (?:dos (?:servicos|envios) )?internacionais [^.;:]{0,40}?"
    r"(?:permanecem|mantem se|continuam) (?:inalteradas|sem alteracoes)\b|"
    # Polish "Cennik przesyłek międzynarodowych pozostaje bez zmian", Greek "Τα τέλη για
    # αποστολές προς το εξωτερικό παραμένουν αμετάβλητα" (normalised: final sigma is σ)
    r"\b(?:cennik|ceny|oplaty|opłaty) (?:\w+ )?(?:miedzynarodow|zagraniczn)\w*[^.;:]{0,40}?"
    r"(?:pozostaj\w* bez zmian|nie ulegaj\w* zmian\w*)|"
    r"\b(?:τελη|τιμεσ) (?:για )?(?:\w+ )?(?:προσ το εξωτερικο|εξωτερικου|διεθν\w*)[^.;:]{0,40}?"
    r"(?:παραμενουν|παραμενει) (?:αμεταβλητ|ιδι)\w*|"
    # Thai "อัตราค่าบริการไปรษณีย์ระหว่างประเทศ ... ไม่มีการเปลี่ยนแปลง" (international rates: no change)
    r"อัตราค่าบริการ[^.;:\n]{0,20}?(?:ระหว่างประเทศ|ต่างประเทศ)[^.;:\n]{0,60}?"
    r"(?:ไม่มีการเปลี่ยนแปลง|คงเดิม)|"
    # Vietnamese "Giá cước dịch vụ bưu kiện quốc tế ... không thay đổi" (as normalised)
    r"gia cuớc[^.;:\n]{0,60}?quốc tế[^.;:\n]{0,60}?khong thay đổi|"
    # Turkish "yurtdışı mektup ve koli ücretlerinde herhangi bir değişiklik bulunmamaktadır"
    r"\byurt ?dıs[ıi]\w* [^.;:\n]{0,40}?ucret\w*[^.;:\n]{0,40}?degisiklik "
    r"(?:bulunmamaktadır|yoktur|olmayacaktır)|"
    # Swedish "Portot för brev och paket till utlandet ändras inte", Danish and Norwegian
    # "... til udlandet/utlandet ændres ikke/endres ikke"
    r"\b(?:porto\w*|pris\w*)[^.;:\n]{0,40}?(?:till|til) (?:utlandet|udlandet)[^.;:\n]{0,30}?"
    r"(?:andras inte|ar oforandrade|forblir oforandrade|ændres ikke|endres ikke)"
)
_PRICE_HINTS = (
    "unchanged", "do not apply to international", "no change", "no tienen cambios", "not covered",
    "not affected", "not changed", "not revised", "без измен", "без змін", "не изменя",
    "не змінюют", "unverandert", "inchang", "sin cambios", "no sufren", "no cambian",
    "no se modifican", "inalterad", "sem alteracoes", "bez zmian", "nie ulega", "παραμενουν",
    "παραμενει", "без промяна", "непроменет", "ไม่มีการเปลี่ยนแปลง", "คงเดิม", "khong thay đổi",
    "degisiklik", "andras inte", "oforandrade", "ændres ikke", "endres ikke", "no presentan",
    "no tienen", "कोई परिवर्तन", "कोई बदलाव",
)  # fmt: skip
# ... said beside the new prices of mail within the country
_DOMESTIC = lazy_compile(
    r"\b(?:domestic|inland|внутренн\w*|внутрішн\w*|inlands?\w*|national\w*|nacion(?:al|ais)\w*|"
    # (Polish "krajowy", "krajowych", not "krajów", countries)
    r"interieur\w*|krajow(?:y|ych|e|ego|ym|a|ej)\b|εσωτερικ\w*|вътрешн\w*|внатрешн\w*)|ในประเทศ|"
    r"trong nuớc|\byurt ?ici\b|घरेलू|"
    # Swedish, Danish, Norwegian: mail within the country
    r"\b(?:inrikes|innenlands|indenrigs|inom sverige|inden for danmark|innenfor norge)\b"
)
_PRICE_KINDS = ("duty_tax_change", "informational", "restriction")


# A word of mail that crosses a border: a change said with one is no domestic price
_ABROAD = lazy_compile(
    r"\b(?:international\w*|abroad|overseas|foreign|arriving|inbound|"
    # (not "Important", "importe": an amount)
    r"import(?:s|ed|ing|ation\w*|ad[oa]s?|acion\w*|aci[oó]n\w*|er\w*)?\b|"
    r"customs|zoll\w*|douan\w*|aduan\w*|dogan\w*|carin\w*|ausland\w*|etranger|extranjero|"
    r"exterior|estero|buitenland|internacional\w*|internazional\w*|таможен\w*|митн\w*|"
    r"международн\w*|міжнародн\w*|miedzynarodow\w*|zagranic\w*|εξωτερικ\w*|διεθν\w*|"
    r"(?<!domestic )ems\b(?!\s+(?:domestic|national|nacional|interno|interne))|countries\b)|"
    r"ระหว่างประเทศ|ต่างประเทศ"
)


def domestic_prices_only(
    doc: Doc, kind: str, votes: list[Vote], roles: list[Role], origin: str | None
) -> bool:
    """Whether a notice of new prices says its international prices are unchanged and speaks
    of mail within the country, naming no place abroad as where mail goes, and says its change
    of no mail abroad ("the maximum weight of parcels to all international destinations is
    lowered ... International rates remain unchanged" is a limit abroad)."""
    if kind not in _PRICE_KINDS or not doc.holds_any(_PRICE_HINTS):
        return False
    same = _INTERNATIONAL_PRICES_SAME.search(doc.norm)
    if same is None or _DOMESTIC.search(doc.norm) is None:
        return False
    kept = doc.sentence_of(same.start())
    # (and "parcels to all destinations": every place abroad, said without a word of abroad)
    everywhere = [r.place.start for r in roles if r.role == STRONG and r.place.code == WORLD]
    for v in votes:
        if v.kind != kind or v.weight <= 0:
            continue
        sentence = doc.sentence_of(v.start)
        if sentence != kept and (
            _ABROAD.search(doc.norm, *sentence)
            or any(sentence[0] <= p < sentence[1] for p in everywhere)
        ):
            return False
        if sentence == kept and v.start >= same.end():
            return False  # "... remain unchanged, except parcels outside the EU, whose limit falls"
    return not any(
        r.role == STRONG and r.place.code not in (WORLD, WORLD_WEAK, origin) for r in roles
    )
