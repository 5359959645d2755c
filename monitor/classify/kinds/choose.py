"""The notice-wide choice of a kind once every trigger has voted: the topics that make a notice
irrelevant (jobs, tenders, webinars, bills, holidays, scams), then the best kind and what may
outrank it, and the plain words of a plan that make it a proposal.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from monitor.classify import lexicon
from monitor.classify.gazetteer import gazetteer
from monitor.classify.guidance import link_spans
from monitor.classify.items import older_items
from monitor.classify.kinds.denials import _BRANCH, _CLARIFICATION, title_denial
from monitor.classify.kinds.duties import _PRICES, _of_prices
from monitor.classify.kinds.limits import (
    _OUTRANKED,
    LEAST_STOP_SHARE,
    _other_mode_open,
    _outranked_share,
    _over_generic_limits,
    _partial_stop,
    refusal_heads,
)
from monitor.classify.kinds.page import (
    _backlog_of_resumption,
    _quiet_closure_resumptions,
    _topics_apart,
    _topics_in_own_section,
    news_under_place_heading,
)
from monitor.classify.kinds.phrases import (
    _ACCEPTANCE,
    _OTHER_ONES,
    _START_WORDS,
    _STOPS,
    RELEVANT_SCORE,
    RULE_KINDS,
    TITLE_SEPARATOR,
    TOLD_BY_OTHERS,
    TOLD_WITH_DAY,
    dated_span,
)
from monitor.classify.kinds.plans import title_called_off
from monitor.classify.kinds.standing import conditions_title, new_rules_title
from monitor.classify.kinds.topics import (
    _counted,
    _job_posting,
    _sending_sentences,
    _stop_beside_figures,
    _title_names,
    company_report_title,
    event_or_bill_title,
    guide_title,
    history_title,
    home_prices_title,
    product_release_title,
    release_title,
    stated_change,
    traveller_title,
)
from monitor.classify.kinds.triggers import Found
from monitor.classify.kinds.unchanged import (
    _DATED_TITLE,
    _DUTY_NEWS,
    _RULES_KEPT,
    LEAD_CHARS,
    _dated_requirement,
    _duties_only_handled,
    _still_accepting,
    _title_resumes,
)
from monitor.classify.kinds.votes import MAIL_OR_ACCEPTANCE, KindResult, Vote
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match
from monitor.classify.text import Doc, in_spans, list_under, menu_spans, spaced_bars
from monitor.classify.wordstart import word_start
from storage.taxonomy import CHANGE_KINDS

KINDS = tuple(k for k in CHANGE_KINDS if k != "irrelevant")
# Order used to break ties: the more a sender must act, the earlier.
PRIORITY = {k: i for i, k in enumerate(KINDS)}


def _stop_to_place(doc: Doc, votes: list[Vote], sent_to: list[int] | None) -> bool:
    """Whether a stop, a ban, a requirement, a delay or a resumption is told in a sentence that
    names a place mail is sent to (not a price or a weight of its tiers)."""
    return bool(sent_to) and any(
        v.kind in _PLACE_CHANGES and v.weight >= RELEVANT_SCORE and any(a <= p < b for p in sent_to)
        for v in votes
        for a, b in (doc.sentence_of(v.start),)
    )


_PLACE_CHANGES = frozenset(
    ("suspension", "prohibited_items", "new_requirement", "delay", "resumption")
)


def _sent_with_change(doc: Doc, votes: list[Vote], sent_to: list[int] | None) -> bool:
    """Whether a place mail is sent to is named in the title or beside a change."""
    if not sent_to:
        return False
    changed = {doc.sentence_of(v.start) for v in votes if v.kind != "informational"}
    return any(doc.in_title(p) or doc.sentence_of(p) in changed for p in sent_to)


# "by 3 to 5 days", "two to four working days longer", "2-3 Werktage" (the dash is a space in
# normalised text): a delay with a measure
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|ten)"
_DAYS_MEASURED = lazy_compile(
    rf"\b{_NUMBER}(?:\s*(?:to|or|bis|a|tot|do|до)?\s*{_NUMBER})?\s*(?:extra\s+|additional\s+)?"
    r"(?:working\s+|business\s+|calendar\s+)?(?:days?|tage?n?|werktage?n?|arbeitstage?n?|jours?|"
    r"dias|giorni|dagen|werkdagen|dni|dager|dagar|arbetsdagar|virkedager|hverdage|napot|"
    r"ημερεσ|ημερων|дней|дня|днів|дні|gun|hari|ngay)\b"
    # "5至8个工作日", "3～5営業日", "2~3일": no word boundary before a figure in these scripts
    r"|(?<!\d)\d{1,2}\s*(?:[至到～~\-－]\s*\d{1,2}\s*)?(?:个|個)?"
    r"(?:工作日|工作天|营业日|營業日|営業日|日間|天|일)"
)


# "shipments to these countries", "delivery to all destinations": mail sent to the places
_TO_LISTED = lazy_compile(
    r"\bto (?:these|those|the (?:above|listed|following|affected)) (?:countries|destinations|"
    r"markets|territories)\b"
)


def _delay_of_sent_mail(doc: Doc, votes: list[Vote], sent_to: list[int] | None) -> bool:
    """A delay measured in days, in a sentence of mail sent to named places ("delivery to all
    destinations may be delayed by 3 to 5 days", "shipments to these countries may take two to
    four working days longer"): a holiday's news, not its opening hours."""
    starts = sent_to or []
    return _any_sending(
        doc,
        (
            (a, b)
            for v in votes
            if v.kind == "delay"
            for a, b in (doc.sentence_of(v.start),)
            if _DAYS_MEASURED.search(doc.norm, a, b)
            and (any(a <= p < b for p in starts) or _TO_LISTED.search(doc.norm, a, b))
        ),
    )


def _stop_of_sent_mail(doc: Doc, votes: list[Vote], best: str, sent_to: list[int] | None) -> bool:
    """A stop or a limit told firmly in a sentence of mail sent to a named place, on a page with
    holiday closures ("Standard International is temporarily unavailable for items to China"
    over the Lunar New Year) or other services (a newsletter's new parcel lockers): the holiday
    is when, the lockers are other news, the stop is the news. (The caller asks it only when
    the closures and the other services are the page's only topics.)"""
    if best not in ("suspension", "restriction") or not sent_to:
        return False
    return _any_sending(
        doc,
        (
            (a, b)
            for v in votes
            if v.kind == best and v.weight >= 1.0 and v.firm and not doc.in_title(v.start)
            for a, b in (doc.sentence_of(v.start),)
            if _places_at(doc, v.start, a, b, sent_to)
        ),
    )


def _places_at(doc: Doc, start: int, a: int, b: int, sent_to: list[int]) -> bool:
    """Whether a place mail goes to is named in the sentence ``a:b`` or in the list its line
    opens ("... in die folgenden Länder nicht mehr eingeliefert werden:" over "- Brasilien")."""
    if any(a <= p < b for p in sent_to):
        return True
    items = list_under(doc, {doc.line_of(start)})
    return bool(items) and any(in_spans(p, items) for p in sent_to)


def _any_sending(doc: Doc, sentences: Iterable[tuple[int, int]]) -> bool:
    """Whether one of ``sentences`` speaks of mail or goods sent (the sending sentences are
    found only when a candidate comes: most notices have none)."""
    sending: set[tuple[int, int]] | None = None
    for sentence in sentences:
        if sending is None:
            sending = _sending_sentences(doc)
        if sentence in sending:
            return True
    return False


_ONCE_TOPICS = frozenset(("terms and conditions",))


@lru_cache(maxsize=1)
def _plain_closures() -> frozenset[str]:
    return lexicon.list_keys("kinds.yaml", "plain_closures")


def _closures_once(doc: Doc, matches: list[Match]) -> list[Match]:
    """The closure words, a plain word of closing counted only in a sentence that names no
    other closure word counted before it."""
    plain = _plain_closures()
    seen: set[tuple[int, int]] = set()
    kept = []
    for m in sorted(matches, key=lambda m: (m.key in plain, m.start)):
        sentence = doc.sentence_of(m.start)
        if m.key in plain and sentence in seen:
            continue
        seen.add(sentence)
        kept.append(m)
    return kept


# A decision told beside a consultation held, and words that leave it open
_DECIDED = lazy_compile(
    r"\b(?:(?:has|have) (?:now )?(?:confirmed|decided|adopted|approved)|confirmed|a (?:confirme|"
    r"decide|adopte|approuve)|hat (?:\w+ )?(?:beschlossen|bestatigt|entschieden)|ha (?:aprobado|"
    r"confirmado|decidido|deciso|approvato|confermato)|heeft (?:besloten|bevestigd))\b"
)


_STILL_OPEN = lazy_compile(
    r"\b(?:whether|ob|could|would|might|intends?|plans? to|will decide|closes|ends|runs until|"
    r"noch aus|prevoit|envisage)\b"
)


# A consultation already held, named as what came before the decision
_HELD_BEFORE = lazy_compile(
    r"\b(?:following|after|nach|a l'issue de|apres|tras|dopo|na afloop van|apos)(?: (?:the|a|"
    r"an|der|die|einer|la|le|una|un|de|het|a))? $"
)


def _stops_over(doc: Doc, votes: list[Vote]) -> bool:
    """Whether every stop is told as a past state and a resumption follows the first."""
    stops = [v.start for v in votes if v.kind in _STOPS and v.weight > 0]
    if not stops or not all(
        _PAST_STATE.search(doc.norm, max(0, start - 30), start) for start in stops
    ):
        return False
    if _STILL_STOPPED.search(doc.norm, min(stops)):
        return False  # "étaient suspendus et le restent", "waren ausgesetzt und bleiben es"
    first = min(stops)
    return any(
        v.kind == "resumption"
        and v.start > first
        and v.firm
        and not v.possible
        and not v.continued
        and not _RESUMPTION_PENDING.search(doc.norm, max(first, v.start - 40), v.end + 60)
        for v in votes
    )


# The stop goes on, told with a pronoun: "et le restent", "e lo restano", "und bleiben es" ("y
# siguen suspendidos" is a stop of its own, told in no past state)
_STILL_STOPPED = word_start(
    r"\b(?:le restent|le reste|le sont toujours|lo restano|lo resta|bleiben es|bleibt es|"
    r"blijven dat)\b"
)


# A resumption told as a later event or a condition (read folded): "se reanudarán cuando", "la
# reprise dépendra de", "fino alla ripresa dei voli", "Eine Wiederaufnahme wird geprüft", "a retoma
# será anunciada", "ils reprendront quand", "возобновится по мере открытия"
_RESUMPTION_PENDING = word_start(
    r"\b(?:cuando|quand|lorsque|quando|sobald|wenn|zodra|until|jusqu'a|hasta que|"
    r"fino alla|fino a quando|finche|depend\w*|gepruft|"
    r"sera anunciad\w*|sera annonce\w*|pas encore|not yet|"
    r"noch nicht|todavia no|non ancora|ainda nao|"
    # Russian "as ... open", "after the restoration", "will be possible"
    r"по мере|после восстановления|будет возможн\w*|как только|когда)\b"
)


# A stop told as a past state ("waren geschorst", "étaient suspendus", "estaban suspendidos",
# "erano sospese"): over, when the notice also tells a resumption as done.
# Not the English simple past: "was suspended on Monday" is the news.
_PAST_STATE = word_start(
    # not Czech "byly pozastaveny" nor Russian "был приостановлен": the plain past of the news
    # itself there ("were suspended today")
    r"\b(?:waren|etaient|etait|estaban|estaba|erano|estavam|estava)(?:\s+\w+)?\s+$"
)


# A resumption still ahead, or only the condition of something else: "will resume",
# "پس از ازسرگیری پروازها" (Persian "after" before the noun: after flights resume, items are
# sent). Not "once" or "as soon as", which tell past events too ("Once the strike ended, we
# resumed acceptance").
_FUTURE_BEFORE = word_start(
    r"\b(?:will|shall|expected to|should|wird|werden|sera|seront|va|vont|sara|saranno|zal|"
    r"zullen|будет|буде|будуть|پس از|بعد از)\b|将|將|予定|预计|預計"
)


# What disrupts mail beyond a holiday: "strike action for 22 and 23 December"
_CAUSE = word_start(
    r"\b(?:strikes?|industrial action|storms?|weather|flood\w*|hurricane|typhoon|cyclone|"
    r"snow\w*|conflict|outage|unrest|streik\w*|greve|huelga|sciopero|staking|strajk\w*)\b"
)


_SOFT_PROPOSAL = frozenset((
    "proposed increase", "proposed decrease", "proposed reduction", "proposed change",
    "proposed changes", "intends to raise", "intends to increase", "intends to lower",
    "is not yet in effect", "is not yet in force", "are not yet in effect",
    "意見募集", "javna rasprava", "nacrt uredbe", "nacrtu uredbe",
))  # fmt: skip
# The bare word of a plan counts in the title only ("Questions and answers: proposed handling
# fee"): in a body it is as often history ("as proposed in March") or a suggestion
_TITLE_PROPOSAL = frozenset(("proposed", "forslag om", "提议", "提議", "vorschlag"))
# A plan said to be decided, or a consultation said to be over, beside the word of a plan:
# "as proposed", "auf Vorschlag der Kommission", "forslaget er vedtatt", "意見募集の結果",
# "根据海关的提议", "Javna rasprava je završena"
_PLAN_DECIDED = lazy_compile(
    r"\b(?:confirmed|approved|decided|finali[sz]ed|as proposed|vedtatt|vedtaget|"
    r"vedtagen|antaget|beschlossen|verabschiedet|auf vorschlag|adopte\w*|aprobad\w*|"
    r"approvat\w*|aangenomen|usvojen\w*|zavrsen\w*|donesen\w*|"
    # a bill made law: "par suite de la sanction royale du projet de loi C-21"
    r"royal assent|sanction royale|promulgated|promulgu\w*|"
    # a consultation answered: "Customs treatment of low-value imports: response to consultation"
    r"response to (?:the )?consultation|consultation response|summary of responses|"
    r"government response to (?:the )?consultation)\b|結果|已通过|已通過|审议通过|"
    r"審議通過|(?:根据|根據|应|應)\S{0,12}(?:提议|提議)|"
    # a cabinet's decision, a bill passed or promulgated: "（令和7年12月26日閣議決定）"
    r"閣議決定|可決|成立しました|成立した|公布され"
)
# ... not said of what is still to come: "if approved by the Council", "once adopted", "to be
# confirmed"
_NOT_YET_DECIDED = lazy_compile(
    r"(?:\b(?:if|once|when|unless|until|to be|pending|subject to|falls|wenn|sobald|si|se|"
    r"une fois)\s+(?:\w+\s+)?|"
    # "lorsque le projet de loi aura reçu la sanction royale", "qui attend toujours la
    # sanction royale", "awaiting royal assent" (a conjunction or a verb of waiting, some
    # words before)
    r"\b(?:lorsque|quand|des que|awaiting|attend|attendent|attendant|en attente de)\s+"
    r"(?:[\w']+\s+){0,10}|"
    r"\b(?:lorsqu|des qu)'\s*(?:[\w']+\s+){0,10})$"
)
_NOT_YET_REACH = 70


def _plan_decided(norm: str, a: int, b: int) -> bool:
    """A word of a decided plan between ``a`` and ``b`` that no "if" or "once" puts off."""
    for m in _PLAN_DECIDED.finditer(norm, a, b):
        if _NOT_YET_DECIDED.search(norm, max(a, m.start() - _NOT_YET_REACH), m.start()):
            continue
        if m.group() == "閣議決定" and _NOTHING_CHANGED_YET.search(norm):
            continue  # a cabinet's outline of a reform the page says changes nothing yet
        return True
    return False


# "現時点において、少額輸入貨物に係る免税制度に変更はありません" (at present the exemption is
# unchanged): the outline decided is a plan still to be made law
_NOTHING_CHANGED_YET = lazy_compile(
    r"現時点(?:において|では|で)?[、,]?[^。\n]{0,40}?(?:変更は(?:ありません|なく|ございません)|"
    r"変更されていません|これまでと同様)"
)


_IN_FORCE = lazy_compile(
    # (a day, not a figure: "fell from roughly 4 million to about 1.1 million")
    rf"\b(?:{_START_WORDS}|until|bis)\b"
    r"(?!\s+(?:roughly|about|around|approximately|nearly|some|over|more than|under|less than)\b)"
    r"[^.\n]{0,20}\d(?![\d.,]*\s*(?:million|billion|thousand|percent|per cent|%))|"
    r"\buntil further notice\b|\bwith immediate effect\b|"
    r"\beffective immediately\b|\bbis auf weiteres\b|\bjusqu'a nouvel ordre\b|"
    r"\bhasta nuevo aviso\b|\bwe (?:have|are|will)\b"
)


def _limit_of_place(
    doc: Doc, votes: list[Vote], place_starts: list[int], kind: str = "restriction"
) -> bool:
    """Whether a limit's (or a stop's) sentence names a place: a limit of mail sent there, not
    a reduced service on a holiday."""
    for v in votes:
        if v.kind == kind:
            a, b = doc.sentence_of(v.start)
            if any(a <= p < b for p in place_starts):
                return True
    return False


# "a consultation on the design of the new arrangements": details of a decided change
_ON_DETAILS = lazy_compile(
    r"\s+(?:on|about|regarding) (?:the )?(?:design|details?|implementation|technical|practical|"
    r"arrangements|operation)\b"
)


# Words of a call for tenders in a title (read on normalised text)
_TENDER_TITLE = word_start(
    r"\b(?:tenders?|invitation to bid|request for proposals?|request for quotations?|rfp|rfq|"
    r"supplier opportunit\w*|call for bids|procurement|ausschreibung\w*|"
    r"vergabeverfahren|vergabebekanntmachung|appels? d'offres|avis de marche|"
    r"marches? publics?|licitacion\w*|licitacao|licitacoes|pregao|contratacion publica|"
    r"gara d'appalto|gare d'appalto|bando di gara|procedura di gara|aanbesteding\w*|"
    r"przetarg\w*|zamowieni\w* publiczn\w*|og[lł]oszeni\w* o zamowieni\w*|javn\w* narocil\w*|"
    r"javn\w* nabav\w*|verejn\w* zakazk\w*|zadavaci\w* rizeni|"
    r"verejne obstaravanie|kozbeszerzes\w*|διαγωνισ(?:μ|τικ)\w*|ihale\w*|тендер\w*|"
    r"государственн\w* закуп\w*|публічн\w* закупівл\w*|upphandling\w*|anbudskonkurranse|"
    r"kilpailutus\w*|kilpailutta\w*|hankintailmoitus|e-bidding|zapytani\w* ofertow\w*|"
    # Spanish "Correos licita el transporte" (a verb before its object; "lícita" folds alike)
    r"licita (?:el|la|los|las|un|una|o|os|a|as)|poptavkov\w* rizeni|concurso publico|"
    # Swahili, Vietnamese, Indonesian and Malay ("Zabuni Na. ...", "Thông báo mời thầu")
    r"zabuni|moi thau|mời thầu|dau thau|đấu thầu|lelang|"
    # Lithuanian, Latvian and Estonian public procurement ("Viešasis pirkimas: ...")
    r"viesasis pirkimas|viesieji pirkimai|viesojo pirkimo|iepirkum\w*|riigihange\w*|"
    r"hankemenetlus|"
    # Albanian, Romanian and Bulgarian ("Njoftim për pezullimin e procedurës së prokurimit",
    # "Achiziție publică: ...", "Обществена поръчка за доставка на ...")
    r"prokurim\w*|achizit(?:ia|ie|ii|iei|iile|iilor) public(?:a|e|i)|обществен\w* поръч\w*|"
    # Russian and Ukrainian ("Приглашение к участию в процедуре закупки: упаковочные материалы")
    r"процедур\w* закуп\w*|приглашение к участию|запрос\w* ценовых предложений|"
    r"запрошення до участі|"
    # ... and an open competition for a supply ("Объявление о проведении конкурса: поставка")
    r"проведени\w* конкурс\w*|открыт\w* конкурс\w*|конкурс\w* на поставку)\b"
)


# one piece of each alternative of _TENDER_TITLE: a text without any holds no match
_TENDER_HINTS = (
    "tender", "invitation to bid", "request for", "rfp", "rfq", "supplier opportunit",
    "call for bids", "procurement", "ausschreibung", "vergabe", "d'offres", "marche", "licita",
    "pregao", "contratacion publica", "d'appalto", "di gara", "aanbesteding", "przetarg",
    "zamowieni", "narocil", "nabav", "zakazk", "zadavaci", "obstaravanie", "kozbeszerzes",
    "διαγωνισ", "ihale", "тендер", "закуп", "upphandling", "anbudskonkurranse", "kilpailut",
    "hankintailmoitus", "e-bidding", "ofertow", "poptavkov", "concurso publico", "zabuni",
    "thau", "thầu", "lelang", "pirkim", "iepirkum", "riigihange", "hankemenetlus",
    "приглашение к участию", "ценовых предложений", "запрошення до участі", "конкурс",
    "prokurim", "achizit", "поръч",
)  # fmt: skip
_LEGAL_BEFORE = lazy_compile(r"\b(?:es|e|sea|sera|seria|son|esta|resulta|nao e|no es)\s+$")


_TENDER_TITLE_OTHER = lazy_compile(
    "招标|招標|入札|입찰|ประกวดราคา|จัดซื้อจัดจ้าง|مناقص|مزايدة|निविदा|দরপত্র|ٹینڈر|ጨረታ"
)


# A title of a trade defence measure ("Provisional anti-dumping duty on hardwood plywood from
# China", "Áp dụng thuế chống bán phá giá ..."): a duty on one industry's goods, imported by the
# container by companies, never on what a sender posts (read normalised)
_TRADE_DEFENCE_TITLE = word_start(
    r"\b(?:anti[- ]?dumping|anti[- ]?subsidy|countervailing|safeguard (?:duty|duties|measures?)|"
    r"antydumping\w*|антидемпинг\w*|антидемпінг\w*|chong ban pha gia|反倾销|反傾銷|反ダンピング|"
    r"반덤핑)"
)
# Words of mail, parcels, couriers and small imports: a trade defence title over a text that
# names them speaks of parcels too ("Antidumping duty and de minimis: guidance for postal
# shipments", "Cła antydumpingowe a przesyłki pocztowe"; not "package": "the Commission adopts
# a package", nor the "e-mail" of a contact line)
_MAIL_WORDS = lazy_compile(
    r"\b(?:postal|post office|posts?|poste|posta|posten|posti|parcels?|couriers?|"
    r"express|e ?commerce|de minimis|(?<!e )mail|colis|paquetes?|pacotes?|pakete?|pakiet\w*|"
    r"sendungen|przesylk\w*|pocztow\w*|zasilk\w*|zasielk\w*|kuldemeny\w*|postn\w*|postov\w*|"
    r"buu (?:pham|kien|chinh)|kiriman|paketti\w*|lahetys\w*|forsendelse\w*|forsandelse\w*)\b|"
    r"包裹|邮件|郵件|快件|小包|소포|우편|특송|직구|少額|郵便|国際郵便|跨境|電商|电商|海淘"
)


# Goods moved by the container load: a story of them that names no mail, parcels or couriers
# is about companies' freight ("1,200 containers of coils awaiting clearance", "bookings on
# the Durban-New York service are down"), unless it tells its readers what happens to their
# cargo (a forwarder's advisory of a port strike is a delay)
_CONTAINER_WORDS = (
    r"containers?|containeri[sz]ed|pallets|shipping lines?|bills? of lading|vessels|"
    r"bulk carriers?|teus?|contenedores|conteneurs|контеинер\w*"  # (folded: й is и)
)
_CONTAINERS = lazy_compile(rf"\b(?:{_CONTAINER_WORDS})\b")
_FREIGHT_WORDS = lazy_compile(
    rf"\b(?:{_CONTAINER_WORDS}|freight forwarders?|importers|exporters)\b"
)
_FREIGHT_HINTS = ("container", "pallets", "shipping line", "lading", "vessels", "bulk carrier",
                  "teu", "contenedores", "conteneurs", "контеинер")  # fmt: skip
# ... the words of mail such a story would name besides those of _MAIL_WORDS, and those of
# an advisory to the owners of the cargo
_SMALL_SHIPMENTS = lazy_compile(
    r"\b(?:packages?|airmail|surface mail|boxes|letters|envelopes|"
    r"your (?:shipments?|cargo|bookings?|containers?))\b"
)


def freight_story(doc: Doc) -> bool:
    """Whether the notice speaks of containers and freight twice and never of mail, parcels
    or its reader's cargo (asked only of sources that are no post, carrier or customs: what
    those say of containers is said to their customers)."""
    if not doc.holds_any(_FREIGHT_HINTS) or _CONTAINERS.search(doc.norm) is None:
        return False
    found = _FREIGHT_WORDS.finditer(doc.norm)
    return (
        next(found, None) is not None
        and next(found, None) is not None
        and _MAIL_WORDS.search(doc.norm) is None
        and _SMALL_SHIPMENTS.search(doc.norm) is None
    )


def _tender_title(doc: Doc) -> bool:
    """A title of a call for tenders: "Tender notice: ...", "Vergabeverfahren ...", "Veřejná
    zakázka: ...", "Zawieszenie postępowania przetargowego ..." (not "legal tender")."""
    end = doc.title_end
    # the title's pattern only where the text holds one of its words (most do not)
    words = doc.holds_any(_TENDER_HINTS)
    for m in _TENDER_TITLE.finditer(doc.norm, 0, end) if words else ():
        if m.group().startswith("tender") and doc.norm.endswith("legal ", 0, m.start()):
            continue
        if m.group().startswith("licita") and _LEGAL_BEFORE.search(doc.norm, 0, m.start()):
            continue  # "¿Es lícita la importación ...?", "É lícita a remessa ...": lawful, no bid
        return True
    return not doc.norm[:end].isascii() and _TENDER_TITLE_OTHER.search(doc.norm, 0, end) is not None


# One office named in a title (read on normalised text): "Filiale Zürich Sihlpost: ...",
# "Poštanski ured 21310 Omiš privremeno zatvoren", "ที่ทำการไปรษณีย์บางรัก"
_BRANCH_TITLE = word_start(
    r"\b(?:branch|postshop|post shop|postal outlet|filiale|postfiliale|postamt|"
    r"postagentur|bureau de poste|agence postale|sucursal|oficina de correos|oficina postal|"
    r"ufficio postale|agencia (?:dos correios|de correios|ctt)|loja ctt|postkantoor|pobock\w*|"
    r"placowk\w*|urzad pocztowy|urzedu pocztowego|postahivatal|postansk\w* ured\w*|"
    r"poslovnic\w*|poslovalnic\w*|pasta nodal\w*|pasto skyri\w*|postkontor\w*|"
    r"postipunkt\w*|oficiul postal|oficiului postal|καταστημα ελτα|отделени\w* почтов\w*|"
    r"отделени\w* связи|відділенн\w* поштов\w*|пощенска станция|ptt isyeri|"
    r"postitoimipaik\w*|postombud\w*|posthus\w*|kantor pos|pejabat pos|estacao postal|"
    # Slovak and Czech "the operation of the post office Bratislava 4", "provozovna"
    r"prevadzk\w* post\w*|provozovn\w*)\b"
    r"|ที่ทำการไปรษณีย์|مكتب البريد|مكتب بريد"
)
# "Babb Post Office", "Tsim Sha Tsui Post Office" (read on the original text: "Post Office" alone
# may be the UK's network, "The Post Office" its company, "All Post Office Counters" the
# network; "Isle of Man Post Office", a place's operator, is told apart by the place)
_NAMED_POST_OFFICE = lazy_compile(
    r"\b(?!(?:The|All|Every|Each|Our|Your|Some|Many|Selected|Local|Rural)\b)[A-Z][a-z]+"
    r"(?:(?: of| and)? [A-Z][a-z]+){0,3} Post Office\b"
)
# one word of each way _BRANCH_TITLE says it
_BRANCH_TITLE_HINTS = (
    "branch", "postshop", "post shop", "postal outlet", "filiale", "postamt", "postagentur",
    "bureau de poste", "agence postale", "sucursal", "oficina de correos", "oficina postal",
    "ufficio postale", "agencia d", "agencia ctt", "loja ctt", "postkantoor", "pobock", "placowk",
    "urzad pocztowy", "urzedu pocztowego", "postahivatal", "postansk", "poslovnic", "poslovalnic",
    "pasta nodal", "pasto skyri", "postkontor", "postipunkt", "oficiul postal",
    "oficiului postal", "καταστημα ελτα", "отделени", "відділенн", "пощенска станция",
    "ptt isyeri", "postitoimipaik", "postombud", "posthus", "kantor pos", "pejabat pos",
    "estacao postal", "prevadzk", "provozovn",
    "ที่ทำการไปรษณีย์", "مكتب البريد", "مكتب بريد",
)  # fmt: skip
# The network in Thai: "ที่ทำการไปรษณีย์ทุกแห่ง" (every post office), "ทั่วประเทศ" (nationwide)
_THAI_NETWORK = r"ทั่วประเทศ|ทุกแห่ง"
# ... the network or mail after it, in the words of scripts MAIL_OR_ACCEPTANCE does not read:
# "ที่ทำการไปรษณีย์ทั่วประเทศงดรับฝากพัสดุ" (post offices nationwide stop taking parcels)
_NETWORK_OR_MAIL_AFTER = lazy_compile(
    _THAI_NETWORK + r"|พัสดุ|ไปรษณียภัณฑ์|طرود|الطرود|الشحنات|\b(?:nationwide|landesweit|"
    r"in ganz \w+|dans toute la|en todo el pais|in tutta|in heel|w całym kraju|celostatn\w*)\b"
)
# (the network, not one office: "all branches", "our post offices", "toutes les agences")
_ALL_BEFORE = lazy_compile(
    r"\b(?:all|every|each|our|alle|toutes les|tous les|todas las|todos los|tutte le|tutti gli|"
    r"wszystkie)\s+$"
)
# ... in a sentence (beside ``_EVERY_OFFICE``, the words of a stop of one office)
_NETWORK_THAI = lazy_compile(_THAI_NETWORK)


def _branch_title(doc: Doc, votes: list[Vote], place_starts: list[int] | None) -> bool:
    """A title about one office and not about mail ("Filiale Zürich Sihlpost: Schalterbetrieb
    vorübergehend eingestellt"; not "Post office counters: parcels to Israel suspended", nor
    "All branches closed", nor "Jersey Post Office", a place's operator), whose changes are all
    told of one office, with no mail and not the network in their sentences: not "Cedar Falls
    Post Office: service update" over "all international mail is suspended at every post
    office"."""
    end = doc.title_end
    branch = None
    if doc.holds_any(_BRANCH_TITLE_HINTS):  # (most notices name no office: no regex then)
        branch = _BRANCH_TITLE.search(doc.norm, 0, end)
    if branch is None and doc.norm.find("post office", 0, end) >= 0:
        branch = _NAMED_POST_OFFICE.search(doc.full, 0, end)
        if branch is not None and gazetteer().find(
            doc.norm[branch.start() : branch.end()], doc.full[branch.start() : branch.end()]
        ):
            branch = None  # "Isle of Man Post Office", "Jersey Post Office": an operator
    if (
        branch is None
        or _ALL_BEFORE.search(doc.norm, max(0, branch.start() - 12), branch.start()) is not None
        or MAIL_OR_ACCEPTANCE.search(doc.norm, branch.end(), end) is not None
        or _NETWORK_OR_MAIL_AFTER.search(doc.norm, branch.end(), end) is not None
    ):
        return False
    title = doc.full[:end]
    for v in votes:
        if v.kind == "informational" or v.weight < RELEVANT_SCORE or doc.in_title(v.start):
            continue
        line = doc.full[slice(*doc.line_of(v.start))].strip()
        if len(line) >= _TITLE_PART_SHORTEST and line in title:
            continue  # a part of the title said again as a heading ("Local Service Disruptions")
        a, b = doc.sentence_of(v.start)
        if (
            (
                _BRANCH_TITLE.search(doc.norm, a, b) is None
                and _BRANCH.search(doc.norm, a, b) is None
            )
            or _EVERY_OFFICE.search(doc.norm, a, b) is not None
            or _NETWORK_THAI.search(doc.norm, a, b) is not None
            or MAIL_OR_ACCEPTANCE.search(doc.norm, a, b) is not None
        ):
            return False  # a change of something else than the office, or of its mail
    return True


_TITLE_PART_SHORTEST = 12


# A written exam of recruitment in a title: "... পদের লিখিত পরীক্ষা স্থগিত" (the exam postponed)
_EXAM_TITLE = lazy_compile(
    r"\b(?:written|recruitment|entrance) (?:exam|examination|test)s?\b|লিখিত পরীক্ষা|लिखित परीक्षा|"
    # a licence exam of a profession: "Customs Broker License Exam", "CBLE"; a staff exam
    r"\b(?:licen[cs]e|licensing|certification|qualifying|competitive|promotion|departmental) "
    r"(?:exam|examination|test)s?\b|\b(?:exam|examination) results\b",
    re.I,
)
_EXAM_HINTS = ("exam", "test", "পরীক্ষা", "परीक्षा")
# A job advert's title: the gender marker of a post, or a job word heading the title
_JOB_TITLE = lazy_compile(
    r"\((?:m/w/d|w/m/d|m/f/d|f/m/d|m/f/x|m/w/x|w/m/x|d/m/w|h/f|f/h|m/v|v/m|m/v/x|m/f)\)|"
    r"^\W*(?:stellenangebot|stellenausschreibung|stellenanzeige|stelleninserat|job vacancy|"
    r"job opening|vacancy(?: notice| announcement)?|job posting|job advert(?:isement)?|"
    r"offre d['\u2019]emploi|oferta de empleo|offerta di lavoro|vacature|vaga de emprego|"
    r"вакансія|вакансия|вакансії|вакансии|oferta pracy|pracovní nabídka|álláshirdetés|"
    r"vacante|vacantes|oferta laboral|vaga|vagas|offerta lavoro|posizione aperta|"
    r"now hiring|we(?: are|'re) hiring|job offer|"
    r"concurso (?:externo|interno|publico|público)|"
    # Latvian, Lithuanian, Estonian, Finnish, Nordic: "Vakance: Muitas pārvaldes ..."
    r"vakance|vakansija|laisva darbo vieta|darbo skelbimas|t[öo][öo]pakkumine|avoin ty[öo]paikka|"
    r"ledig stilling|ledig stillinger|lediga tjänster|ledig tjänst|ledig tjeneste|"
    # Georgian, Armenian, Kazakh, Azerbaijani
    r"ვაკანსია|թափուր աշխատատեղ|բաց աշխատատեղ|бос орын|бос жұмыс орны|vakansiya)"
    r"\s*(?::|\s[-\u2013\u2014]\s)|"
    # a title that opens with a word of recruitment: "Nabór do Służby Celno-Skarbowej"
    r"^\W*(?:recruitment|nabór|nabor|rekrutacja|набор на службу|набір на службу|"
    r"işe alım|ise alim|personel alımı|personel alimi|angajăm|angajam|angajează|angajeaza|"
    r"estamos contratando)\b|"
    # a Turkish title of a recruitment or its exam, after the year: "2025 Yılı ... Memuru Alımı"
    r"\b(?:memuru? alımı|memuru? alimi|sınav duyurusu|sinav duyurusu)\b",
    re.I,
)


@dataclass(slots=True)
class Topics:
    """The words of topics that are no change (scams, jobs, holidays, closures), counted: many
    of them make a notice irrelevant whatever it votes for."""

    count: int
    matches: list[Match]  # the irrelevant topics that count
    minor: list[Match]
    closure_matches: list[Match]
    closures: int
    title: bool  # a title about the topic that states no change
    not_mail: bool = False  # a job advert, a call for tenders, a webinar, a bill: irrelevant


_COOKIE_BANNER = lazy_compile(
    r"\b(?:we use (?:\w+ ){0,3}?cookies|this (?:site|website) uses cookies|cookie settings|"
    r"cookie preferences|(?:accept|reject|manage) (?:\w+ )?cookies|"
    r"use of cookies|wir verwenden cookies|nous utilisons des cookies|utilizamos cookies|"
    # the banner's buttons: "Cookie-Einstellungen  Alle Cookies zulassen"
    r"cookie einstellungen|alle cookies (?:zulassen|akzeptieren|ablehnen)|"
    r"accept all cookies|reject all cookies|accepter tous les cookies|"
    r"aceptar todas las cookies|accetta tutti i cookie|alle cookies accepteren|"
    r"utilizziamo i? ?cookie|we gebruiken cookies|utilise des cookies|utilise les cookies|"
    # "Diese Seite verwendet Cookies", "Ta strona używa plików cookies", "Verwendung von Cookies"
    r"(?:seite|website|webseite|site|sitio|sito|strona|stranka|webbplats|nettside|hjemmeside|"
    r"webbplatsen|sivusto|nettsiden|nettstedet|hjemmesiden) (?:web )?(?:verwendet|nutzt|benutzt|"
    r"utilise|utiliza|utilizza|usa|"
    r"uzywa|wykorzystuje|pouziva|anvander|bruker|bruger|gebruikt|maakt gebruik van|kayttaa) "
    r"(?:\w+ ){0,2}?(?:cookies?|evasteit\w*)|"
    r"(?:verwendung|einsatz|nutzung) von cookies|utilisation (?:des|de) cookies|"
    r"uso (?:de|dei|delle) cookies?|gebruik van cookies|anvandning av cookies)\b|"
    # the same banner in Hebrew, Arabic, Persian, Turkish ("האתר משתמש בעוגיות (cookies)")
    r"משתמש(?:ת|ים)? בעוגיות|שימוש בעוגיות|ملفات تعريف الارتباط|ملفات الارتباط|"
    r"(?:از|استفاده از) كوكي|\bcerez(?:ler|leri)?(?:i|ni)? kullan"
)


# The words of a scam warning among the irrelevant topics ("fake", "fraud", "SMS", "phishing")
_SCAM_WORD = lazy_compile(
    r"fake|fraud|sms|phish|scam|suspicious|palsu|fraude|frauduleu|betrug|oszust|мошен|шахрай"
)


def _rumour_of_change_denied(doc: Doc, by_group: dict[str, list[Match]], votes: list[Vote]) -> bool:
    """Whether a rumour told in the notice is of a change of sending (a vote of a change in
    its sentence: "claiming that booking ... has been suspended") and the title denies it
    ("Clarification: fake notification regarding suspension of mail to the UK", "SARS
    dismisses false claims of a new 'gift tax'"), not a title that warns of a scam ("Scam
    alert: fake texts about parcels held at customs")."""
    title = doc.norm[: doc.title_end]
    if _SCAM_TITLE.search(title) or not (
        any(doc.in_title(m.start) for m in by_group.get("denials", ()))
        or _CLARIFICATION.search(title)
    ):
        return False
    rumoured = {doc.sentence_of(m.start) for m in by_group["rumours"]}
    return any(v.kind != "informational" and doc.sentence_of(v.start) in rumoured for v in votes)


# A title that warns of a scam, whatever it denies
_SCAM_TITLE = lazy_compile(
    r"\b(?:scam\w*|fraud\w*|phishing|warn\w*|beware|alert|betrug\w*|arnaque\w*|estafa\w*|"
    r"truffa\w*|oplichting|oszust\w*|golpe\w*)\b"
)


def _change_beside_closures(doc: Doc, votes: list[Vote], closure_matches: list[Match]) -> bool:
    """Whether a word of change or of service going on stands in a body sentence that names
    no holiday or closure: not "各邮政营业网点放假休息，2月18日起恢复正常营业" (the branches'
    hours)."""
    closed = {doc.sentence_of(m.start) for m in closure_matches}
    return any(
        not doc.in_title(v.start)
        and v.weight >= RELEVANT_SCORE
        and doc.sentence_of(v.start) not in closed
        and not _OPENING.search(doc.norm, *doc.sentence_of(v.start))
        for v in votes
    )


# Words of counters opening again: "恢复正常营业", "営業を再開" (not mail)
_OPENING = lazy_compile(r"营业|營業|営業|영업|窓口|opening hours|counter")


# A title that names mail abroad ("international mail", "国际邮件", "국제우편", "国際郵便")
_INTERNATIONAL_MAIL_TITLE = lazy_compile(
    r"\binternational (?:mail|post|parcels?|shipping|services?)\b|\bcourrier international\b|"
    r"\binternationale (?:post|sendungen|pakete)\b|\bcorreo internacional\b|"
    r"国际(?:及港澳台)?(?:邮件|邮政)|國際(?:及港澳台)?(?:郵件|郵政)|国際郵便|국제\s?우편|국제\s?소포|"
    r"국제\s?특송"
)


# Stamps of a tax on goods (read normalised)
_TAX_STAMP = lazy_compile(r"\b(?:tax|excise|duty|revenue) stamps?\b")


@lru_cache(maxsize=1)
def passenger_keys() -> frozenset[str]:
    return lexicon.list_keys("kinds.yaml", "passenger_words")


def count_topics(
    doc: Doc,
    found: Found,
    votes: list[Vote],
    place_starts: list[int] | None,
    other_sentences: set[tuple[int, int]],
    sent_to: list[int] | None,
) -> Topics:
    """The topics of the notice that are no change: a job advert, a call for tenders, a
    webinar's invitation or a bill makes it irrelevant; scams and results count, closures,
    holidays and minor topics half."""
    by_group, figures, jobs = found.by_group, found.figures, found.jobs
    # Holidays and opening hours count half: "the New Year holidays delay mail to China" is news.
    # what a list of links to other pages or a site's bar of links names is no topic of this
    # one ("Other service alerts: - Public holiday - China (Golden Week)", "Privacy | Cookies")
    # (nor do the older items of a page of dated ones: "Lunar New Year holiday: backlog
    # cleared" under the newest item is history, no topic of the page)
    links = link_spans(doc) + menu_spans(doc) + spaced_bars(doc) + older_items(doc)
    if "cookie" in doc.norm:
        # "Cookies: We use cookies to give you the best experience ... Accept all": the site's
        # banner, no topic of the notice
        # (its sentence: a banner set on one line with the page's text leaves that text)
        links += [doc.sentence_of(m.start()) for m in _COOKIE_BANNER.finditer(doc.norm)]
    topic_matches = _counted(doc, by_group.get("irrelevant_topics", []), links)
    if topic_matches and _TAX_STAMP.search(doc.norm) is not None:
        # "must bear a Digital Tax Stamp ... apply for stamps through the portal": the stamps
        # are the tax's, no postage stamps
        topic_matches = [m for m in topic_matches if m.key.lower() not in ("stamp", "stamps")]
    if topic_matches and _sending_sentences(doc):
        # "the rules for overhead bins do not apply to mail": a passengers' word beside mail
        passenger = passenger_keys()
        topic_matches = [m for m in topic_matches if m.key not in passenger]
    counted = [m for m in figures if doc.counts(m.start)] if figures else []
    if counted and _stop_beside_figures(doc, counted, votes):
        topic_matches = [m for m in topic_matches if m not in counted]
    if topic_matches:
        # a carrier's terms are named over and over in a notice that changes them ("Schedule 1
        # of the Terms and Conditions: prohibited items"): they count once
        terms = [m for m in topic_matches if m.key.lower() in _ONCE_TOPICS]
        if len(terms) > 1:
            topic_matches = [m for m in topic_matches if m not in terms[1:]]
    if topic_matches and "rumours" in by_group and _rumour_of_change_denied(doc, by_group, votes):
        # "a fake notification circulating on WhatsApp claiming that booking ... has been
        # suspended ... continues as normal": the fake is the rumour denied, no scam warning
        topic_matches = [m for m in topic_matches if not _SCAM_WORD.search(m.key.lower())]
    topics = len(topic_matches)
    if (
        _JOB_TITLE.search(doc.full, 0, doc.title_end) is not None
        or (
            jobs
            and _job_posting(doc, jobs, votes)
            # "We are hiring" beside "Parcels to Iceland" in a newsletter: the jobs have their
            # own section
            and not news_under_place_heading(doc, jobs, votes, sent_to or [])
        )
        or (
            (event := event_or_bill_title(doc))
            # "Webinar recap: China mail resumed": a change the title states is news (words of
            # duties are the event's subject or the bill's lines: "Webinar: US tariffs"; the
            # event's own "Registration open" is none)
            and not _title_states_change(
                doc, [v for v in votes if not any(a <= v.start < b for a, b in event)]
            )
        )
        or (company_report_title(doc) and not _title_states_change(doc, votes))
        or history_title(doc)
        or (
            home_prices_title(doc)
            and not _title_states_change(doc, votes)
            # (not beside a stop of mail to a place: "... och stopp för paket till USA")
            and not _stop_to_place(doc, votes, sent_to)
        )
        or traveller_title(doc, votes)
        or guide_title(doc, votes, place_starts)
        or (
            (release_title(doc) or product_release_title(doc, votes, place_starts))
            # "Nueva versión de la app: seguí tus envíos", not "New app: shipments to Israel"
            # over "... are suspended from today" nor an app that is "from 1 May the only way
            # to pay import VAT"
            and not _title_states_change(doc, votes)
            and not stated_change(doc, votes)
        )
    ):
        # "Stellenangebot: Sachbearbeiter (m/w/d) Zollabfertigung", or "Job ID", "What you'll
        # do" and "Apply now" in the body: a job, however many words of customs its duties hold
        # (and a webinar's invitation or a bill: their duties are a subject and a line)
        return Topics(topics, topic_matches, [], [], 0, False, not_mail=True)
    if (
        _tender_title(doc)
        or (
            _TRADE_DEFENCE_TITLE.search(doc.norm, 0, doc.title_end) is not None
            and _MAIL_WORDS.search(doc.norm) is None
        )
        or _branch_title(doc, votes, place_starts)
        or (
            doc.holds_any(_EXAM_HINTS)
            and _EXAM_TITLE.search(doc.full, 0, doc.title_end) is not None
        )
    ) and not _sent_with_change(doc, votes, sent_to):
        # "Przetarg: zawieszenie postępowania na dostawę skanerów": what is suspended is a
        # purchase by the operator, whatever the goods or parcels it is for (not "Tender
        # result: a new carrier. Parcels to Ireland take longer", which names mail sent); so
        # with one office closed, and with a recruitment exam postponed
        return Topics(topics, topic_matches, [], [], 0, False, not_mail=True)
    # "Customs Compliance Specialist (m/f/d)": a title about the topic that states no change
    # (a change the title names only weakly does not count: "Posti ei pyydä maksamaan
    # tullimaksuja", the post does not ask for duties by text message)
    topic_title = any(doc.in_title(m.start) for m in topic_matches) and not any(
        doc.in_title(v.start) and v.kind != "informational" and v.weight >= RELEVANT_SCORE
        for v in votes
    )
    closure_matches = _counted(doc, by_group.get("closure_topics", []), links)
    # a holiday's name counts once, and two names at most (a page on Easter names it often),
    # on a page that names no place: beside "items to Samoa will be delayed" it is the cause
    holidays = (
        {m.key.lower() for m in _counted(doc, by_group.get("holiday_names", []), links)}
        if not place_starts
        else set()
    )
    # the plain words of a closed office ("暫停開放", "假期期間") count once a sentence,
    # beside a holiday's name or not: "春節假期期間郵政局暫停開放" is one closure
    closures = len(_closures_once(doc, closure_matches)) + min(2, len(holidays))
    if (
        closures > 1
        and _INTERNATIONAL_MAIL_TITLE.search(doc.norm, 0, doc.title_end)
        and _change_beside_closures(doc, votes, closure_matches)
    ):
        # "추석 연휴 기간 국제우편물 발송 일정 안내", "春节期间国际邮件业务安排": the title is about
        # mail abroad over the holiday; the holiday is when, not what the notice is about
        closures = 1
    # each counts half, a whole one in the title ("Black Week: 20 % Rabatt ...")
    minor_matches = _counted(doc, by_group.get("minor_topics", []), links)
    minor = sum(2 if doc.in_title(m.start) else 1 for m in minor_matches)
    topics += closures // 2 + minor // 2 + len(other_sentences)
    return Topics(topics, topic_matches, minor_matches, closure_matches, closures, topic_title)


_CLAIM_REACH = 300  # characters from a claimed change to the words that deny it


def _claim_denied(doc: Doc, by_group: dict[str, list[Match]], votes: list[Vote]) -> Match | None:
    """The words that deny a change told before them or in their sentence ("claims that we
    stopped accepting parcels ... This is not the case", "전면 금지한다는 내용이
    보도되었으나, 이는 사실이 아닙니다"), or None."""
    for m in by_group.get("denials", ()):
        a, b = doc.sentence_of(m.start)
        if any(
            v.kind != "informational"
            and (0 <= m.start - v.start <= _CLAIM_REACH or a <= v.start < b)
            for v in votes
        ):
            return m  # (or in its sentence: "Não procedem as informações de que ...")
    return None


def _title_states_change(doc: Doc, votes: list[Vote]) -> bool:
    """A change other than a duty stated in the title (the duties a webinar, a bill or an app
    names are its subject, its lines or its features)."""
    return any(
        doc.in_title(v.start) and v.kind not in ("informational", "duty_tax_change") for v in votes
    )


def choose_kind(
    doc: Doc,
    by_group: dict[str, list[Match]],
    votes: list[Vote],
    scores: dict[str, float],
    lift_added: float,
    counted: Topics,
    said_unchanged: bool,
    reminded: list[tuple[int, int, float]],
    other_sentences: set[tuple[int, int]],
    place_starts: list[int] | None,
    sent_to: list[int] | None,
    place_codes: dict[int, str] | None = None,
) -> KindResult:
    """The kind of the notice from its scores: the best change, unless its topics make it
    irrelevant, then what outranks it, and a proposal when its plan is not decided."""
    best, firm_scores, changes, all_clear = _best_kind(doc, votes, scores, sent_to, place_codes)
    total = scores[best]
    if (
        total < RELEVANT_SCORE
        and sum(w for _, _, w in reminded) >= RELEVANT_SCORE
        and not counted.count
        and not other_sentences
    ):
        # "Reminder: lithium batteries are prohibited in mail to the US", and nothing else:
        # about the topic, no change
        evidence = [("informational", a, b) for a, b, _ in reminded[:3]]
        return KindResult("informational", RELEVANT_SCORE, evidence, votes, counted.count)
    if (
        total < RELEVANT_SCORE
        and not counted.count
        and not other_sentences
        and (denial := _claim_denied(doc, by_group, votes)) is not None
    ):
        # "Reports that parcels to Canada are suspended are not true", nothing else: the change
        # a sender heard of is none, which is news about sending (not a notice to ignore)
        evidence = [("informational", denial.start, denial.end)]
        return KindResult("informational", RELEVANT_SCORE, evidence, votes, counted.count)
    irrelevant, topics = _topics_decide(
        doc, counted, votes, best, total, changes, by_group, other_sentences, place_starts, sent_to
    )
    if irrelevant or (not reminded and _only_faint_words(votes, scores, best)):
        return KindResult("irrelevant", 0.0, [], votes, topics)
    closures = counted.closures
    holiday_delay = False
    if (
        closures
        and best in ("resumption", "informational")
        and place_starts
        and firm_scores.get("delay", 0.0) >= RELEVANT_SCORE
        and any(
            v.kind == "delay" and _DAYS_MEASURED.search(doc.norm, *doc.sentence_of(v.start))
            for v in votes
        )
        # not "SAPO resumes international mail to the UK" over "longer delivery times of up
        # to 20 working days": a title that says the service is back tells the news
        and not (best == "resumption" and _title_resumes(doc, votes))
    ):
        # "Korea Post closed for Chuseok ... items to Korea take five days longer": the
        # holiday abroad is the cause of the news, and its end no resumption
        best, total = "delay", scores["delay"]
        holiday_delay = True
    if closures >= 2 and (
        # (a page all about holiday hours outweighs more words of service going on)
        (best in ("resumption", "informational") and total < max(3.0, 0.75 * closures))
        # "25 décembre : fermeture, service suspendu pour la journée" in a page of holiday hours
        # that names no place mail goes to: the closed days, no stop of mail
        or (
            best == "suspension"
            and closures >= 3
            and total < 3
            and not _limit_of_place(doc, votes, place_starts or [], "suspension")
        )
        or (
            best == "delay"
            and not place_starts
            and all(v.possible for v in votes if v.kind == "delay")
            and not any(
                _CAUSE.search(doc.norm, *doc.line_of(v.start)) for v in votes if v.kind == "delay"
            )
        )
        or (
            best == "restriction"
            and lift_added
            and total - lift_added < 3
            # not "parcels addressed to Brazil can only be accepted up to 2 kg"
            and not _limit_of_place(doc, votes, place_starts or [])
        )
    ):
        # "post offices are closed for the holiday; normal service resumes on Friday" (and
        # "a reduced service on 31 December" beside it); "parcels sent before Easter may be
        # delayed by one business day", naming no place
        return KindResult("irrelevant", 0.0, [], votes, topics)
    best = _outranking(
        doc,
        by_group,
        votes,
        scores,
        best,
        total,
        lift_added,
        holiday_delay,
        said_unchanged,
        place_starts,
        all_clear,
    )
    if best != "informational" and (
        denied := title_denial(doc, by_group.get("rumours"), by_group.get("denials"), votes)
    ):
        # "É falso que compras de até US$ 50 passarão a ser isentas", "Démenti : les envois vers
        # la Libye ne sont pas suspendus": the change the body tells is the claim it answers
        return KindResult("informational", total, [("informational", *denied)], votes, topics)
    if best != "informational" and (off := title_called_off(doc, by_group, votes, best)):
        # "Canada: planned suspension will not take place": what the body tells is the plan
        return KindResult("informational", total, [("informational", *off)], votes, topics)
    proposal = _proposals(doc, by_group, votes, best) if "proposal" in by_group else []
    if proposal:
        best = "informational"
        evidence = [("informational", proposal[0].start, proposal[0].end)]
        return KindResult(best, total, evidence, votes, topics)
    if best in ("resumption", "delay") and (over := _alert_over(doc, votes)) is not None:
        # "This alert is closed. Operations have returned to normal and the delays have
        # cleared": an alert kept on the page after its end, no stop lifted, no delay now
        return KindResult("informational", total, [("informational", *over)], votes, topics)
    evidence = [(v.kind, v.start, v.end) for v in votes if v.kind == best]
    return KindResult(best, total, evidence[:3], votes, topics)


# A carrier's word that its alert is over and kept only a while: "This alert is closed",
# "(alert closed)", "This alert will be archived on 25 November" (not "No further updates will
# be posted": live alerts end so too)
_ALERT_OVER = lazy_compile(
    r"\b(?:(?:this )?alert (?:is|has been|was) closed|\(alert closed\)|"
    r"(?:this )?alert will be archived)\b"
)
# ... said with the trouble cleared ("the delays have cleared", "returned to normal")
_CLEARED = lazy_compile(
    r"\b(?:(?:have|has) cleared|(?:have|has) (?:now )?returned to normal|back to normal|"
    r"(?:is|are|has been|have been) resolved|no longer (?:delayed|affected))\b"
)
# ... not a resumption of acceptance or of service to a place
_ACCEPTED_AGAIN = lazy_compile(
    r"\b(?:resum\w* (?:accepting|acceptance|delivery|deliveries|shipments|service|mail)|"
    r"accepted again|delivered again|(?:is|are) (?:now )?resuming)\b"
)
# ... and no delay that still stands
_DELAY_STANDS = lazy_compile(
    r"\b(?:will be delayed|remains? delayed|are delayed|is delayed|may (?:still )?take|"
    r"(?:still|continue to) (?:be )?(?:delayed|experience)|some delays remain)\b"
)


def _alert_over(doc: Doc, votes: list[Vote]) -> tuple[int, int] | None:
    """Where the notice says its alert is over, when nothing it tells was stopped or limited
    (only delays, which have cleared): the span of those words, else None."""
    if "alert" not in doc.norm:
        return None
    m = _ALERT_OVER.search(doc.norm)
    if m is None or any(v.kind in _STOP_KINDS for v in votes):
        return None
    a, b = doc.line_of(m.start())  # the update that says so
    if (
        _CLEARED.search(doc.norm, a, b) is None
        or _DELAY_STANDS.search(doc.norm, a, b) is not None
        # "we have resumed accepting shipments to Canada. This alert is closed.": news
        or _ACCEPTED_AGAIN.search(doc.norm) is not None
    ):
        return None
    return m.start(), m.end()


_STOP_KINDS = ("suspension", "restriction", "prohibited_items")


# A sentence told as a condition: "If you are sending aid, ... some goods may not be accepted"
# is advice, whatever mail it names
_IF_OPENS = lazy_compile(r"\s*(?:if|si|wenn|falls|se|als|jesli|jezeli|если|якщо)\b")


def _best_kind(
    doc: Doc,
    votes: list[Vote],
    scores: dict[str, float],
    sent_to: list[int] | None,
    place_codes: dict[int, str] | None,
) -> tuple[str, dict[str, float], dict[str, float], bool]:
    """The kind that scores most among the changes (the all-clear only when nothing changed,
    or when the title gives it: the fourth value), with the firm scores (what may happen
    left out) and the changes."""
    # what may happen ("responses may be delayed") is no change beside "all continues normally"
    firm_scores: dict[str, float] = defaultdict(float)
    possible_votes = [v for v in votes if v.possible]
    sending = _sending_sentences(doc) if possible_votes else set()
    if possible_votes and sent_to:
        # "may cause service delays to and from Puerto Rico": a carrier's banner names no mail
        sending = sending | {doc.sentence_of(p) for p in sent_to}  # (not the cached set)
    for v in votes:
        if not v.possible or (
            (sentence := doc.sentence_of(v.start)) in sending
            and not _IF_OPENS.match(doc.norm, sentence[0])
        ):
            firm_scores[v.kind] += v.weight
    changes = {
        k: v
        for k, v in scores.items()
        if k != "informational"
        and v >= RELEVANT_SCORE
        and (firm_scores[k] >= RELEVANT_SCORE or scores.get("informational", 0) < RELEVANT_SCORE)
    }
    all_clear = bool(changes) and _all_clear_title(doc, votes, scores, changes, place_codes)
    if all_clear:
        changes = {}  # "Port strike: mail to Belgium not affected": the strike shuts ports
    rule_news_only = _rule_news_only(doc, votes, scores, changes, place_codes)
    # "service normal" counts only when nothing changed (or when the title gives it)
    pool = {"informational": scores["informational"]} if all_clear else (changes or scores)
    best = max(pool, key=lambda k: (pool[k], -PRIORITY[k]))
    if (
        best == "duty_tax_change"
        and pool.get("new_requirement", 0.0) >= 0.2 * pool[best]
        and _dated_requirement(doc, votes)
    ):
        best = "new_requirement"  # "duties apply since 29 August ... from 6 October you must"
    elif (
        best == "duty_tax_change"
        and firm_scores.get("new_requirement", 0.0) >= RELEVANT_SCORE
        and _duties_only_handled(doc, votes)
    ):
        best = "new_requirement"  # "register in the portal for the collection of duties"
    if rule_news_only:
        best = "informational"
    return best, firm_scores, changes, all_clear


def _rule_news_only(
    doc: Doc,
    votes: list[Vote],
    scores: dict[str, float],
    changes: dict[str, float],
    place_codes: dict[int, str] | None,
) -> bool:
    """Whether news of one kind of rule is told only to say that sending goes on ("There is
    no change to our U.S. shipping services ... continue to operate as normal" around the end
    of de minimis): the all-clear words outweigh it, and it names no place the all-clear
    leaves out ("no new fee for parcels to Canada. From 1 July the fee for parcels to Japan
    rises"). Not a stop or a delay: the all-clear beside them is often for the mail it leaves
    (measured: worse on the read sets)."""
    if len(changes) != 1 or not changes.keys() <= RULE_KINDS or doc.focus is not None:
        return False
    kind = next(iter(changes))
    if kind in _ACTED_ON and any(
        v.kind == kind and dated_span(doc, *doc.sentence_of(v.start)) for v in votes
    ):
        return False  # "From 1 April every parcel to Iceland must carry ...": news of its own
    if scores.get("informational", 0.0) < BODY_ALL_CLEAR_OUTWEIGHS * changes[kind]:
        return False
    if not place_codes:
        return True
    by_sentence: dict[str, set[tuple[int, int]]] = {"informational": set(), kind: set()}
    for v in votes:
        if v.kind in by_sentence:
            by_sentence[v.kind].add(doc.sentence_of(v.start))
    cleared = {
        code
        for p, code in place_codes.items()
        if doc.in_title(p) or doc.sentence_of(p) in by_sentence["informational"]
    }
    return all(
        code in cleared
        for p, code in place_codes.items()
        if doc.sentence_of(p) in by_sentence[kind]
    )


_HEAD_BEFORE_STOP, _HEAD_AFTER_STOP = 60, 40  # how far the mail a stop is of stands from it
# Changes a sender must act on: an all-clear after them does not make them the event it answers
_ACTED_ON = frozenset(("new_requirement", "restriction", "prohibited_items"))
# How far the all-clear words of a notice with an all-clear title must outweigh its changes
ALL_CLEAR_OUTWEIGHS = 1.5
# How far the all-clear words of a notice must outweigh its news of a rule, when that is all
# it changes, for the notice to be the all-clear: measured on the read sets (2.0 made 2 worse)
BODY_ALL_CLEAR_OUTWEIGHS = 2.5


def _all_clear_title(
    doc: Doc,
    votes: list[Vote],
    scores: dict[str, float],
    changes: dict[str, float],
    place_codes: dict[int, str] | None,
) -> bool:
    """Whether the title says service goes on ("Strike in France: no impact on mail to
    France", "Pakete nach Mexiko werden weiterhin angenommen") and names no change, and the
    notice's all-clear words outweigh each kind of change by half again: the body's stop is the
    alarming event (flights cancelled, a port shut) or the rumour the notice denies, no news
    for a sender. Not when the body's change is news of its own: a resumption, a change of
    mail to a place the title does not name ("Mail to Belgium continues as normal. Mail to the
    Netherlands is suspended"), a stop, limit or ban of mail or goods the title does not name
    ("Letters to Israel continue as normal" over "parcel services to Israel are suspended"),
    a change from a given day ("From 1 January every parcel must carry an electronic
    declaration"; a duty change or a stop told before the body's all-clear is the event it
    answers); nor on an updated page, whose title is the old one."""
    if "resumption" in changes or doc.focus is not None:
        return False  # (an updated page's title is the old one: what the diff adds is news)
    if not any(
        v.kind == "informational" and not v.possible and doc.in_title(v.start) for v in votes
    ):
        return False
    if any(
        v.kind != "informational"
        and v.firm
        and doc.in_title(v.start)
        and not _CONCEDED_BEFORE.search(doc.norm, 0, v.start)
        and not _answered_in_title(doc, v, votes)
        for v in votes
    ):
        return False
    body = [v for v in votes if v.kind in changes and not doc.in_title(v.start)]
    changed = {doc.sentence_of(v.start) for v in body}
    places = place_codes or {}
    titled = {code for p, code in places.items() if doc.in_title(p)}
    if any(doc.sentence_of(p) in changed and code not in titled for p, code in places.items()):
        return False
    # (a ban in a list under "The BOC reminds the public that:" is a standing rule recalled)
    stops = [v for v in body if v.kind in _STOPS and not _under_reminder(doc, v.start)]
    if stops:
        heads = refusal_heads(doc)[1]
        named = {m.value for m in heads if doc.in_title(m.start)}
        # (what the stop is of stands near it: not "reports of traffic restrictions at the
        # border ... the post states that parcels to Moldova go as normal")
        if any(
            m.value not in named
            and not doc.in_title(m.start)
            and any(
                v.start - _HEAD_BEFORE_STOP <= m.start <= v.end + _HEAD_AFTER_STOP
                and doc.sentence_of(m.start) == doc.sentence_of(v.start)
                for v in stops
            )
            for m in heads
        ):
            return False
    # a change from a given day is news of its own ("... as usual. From 1 January every parcel
    # must carry ..."), unless the body says service goes on after it and it asks nothing of
    # the sender: then it is the event the all-clear answers ("From 29 August the US ends de
    # minimis ... shipments continue to be accepted")
    said_normal = max(
        (
            v.start
            for v in votes
            if v.kind == "informational"
            and not doc.in_title(v.start)
            # (not "All other items continue to be accepted": the rest goes on)
            and not _OTHER_ONES.search(doc.norm, *doc.sentence_of(v.start))
        ),
        default=-1,
    )
    if any(
        v.kind != "delay"
        and (v.start > said_normal or v.kind in _ACTED_ON)
        and dated_span(doc, *doc.sentence_of(v.start))
        for v in body
    ):
        return False
    return scores.get("informational", 0.0) >= ALL_CLEAR_OUTWEIGHS * max(changes.values())


# An event the title grants ("International mail continues normally despite Red Sea shipping
# disruptions"): the cause its all-clear answers, no change named
_CONCEDED_BEFORE = lazy_compile(
    r"\b(?:despite|in spite of|notwithstanding|trotz|malgre|a pesar de|pese a|nonostante|"
    r"ondanks|apesar d[aeo]s?)\s"
    # (up to a comma or a "but": "... despite strike, though parcels to the US will be delayed")
    r"(?:(?!\b(?:though|although|but|however|aber|jedoch|mais|pero|ma|maar|mas)\b)"
    r"[^.:;!?\n,])*$"
)


def _answered_in_title(doc: Doc, vote: Vote, votes: list[Vote]) -> bool:
    """Whether a disruption the title names is answered after a dash or a colon by its
    all-clear ("IT-Störung bei PostNord – keine Auswirkungen auf den Versand"): the event, no
    change of sending."""
    return vote.kind == "delay" and any(
        w.kind == "informational"
        and not w.possible
        and doc.in_title(w.start)
        and w.start > vote.end
        and TITLE_SEPARATOR.search(doc.full, vote.end, w.start) is not None
        for w in votes
    )


# A list's head that recalls rules: "The BOC reminds the public that:", "Zur Erinnerung:"
_REMINDER_HEAD = lazy_compile(
    r"\b(?:remind\w*|reminder|zur erinnerung|erinnert|rappel\w*|recuerda\w*|"
    r"recordamos|ricorda\w*|herinnert|przypomina\w*|lembra\w*)\b[^\n]{0,80}:[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def _under_reminder(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` stands in a list of the paragraph whose head recalls the rules."""
    start = doc.full.rfind("\n\n", 0, pos)
    head = _REMINDER_HEAD.search(doc.full, max(0, start), pos)  # (line ends: the text as written)
    return head is not None and "\n" in doc.full[head.end() : pos]


# The topic words of a warning against fraud (the topics' lexicon keeps them among others)
_SCAM = lazy_compile(
    # (Latin, Cyrillic and Greek words from their start: not "Nepal" for Dutch "nep")
    r"\b(?:scam|fake|phish|beware|vorsicht|waspada|hati-hati|hati hati|mag-ingat|awas|fraud|"
    r"hoax|sms|text message|golpe|smish|spoof|palsu|pekeng|penipuan|lừa đảo|mạo danh|betr[uü]g|"
    r"gef[aä]lscht|verd[aä]chtig|suspect|falsch|faux|fausse|frauduleu|arnaque|estafa|fraude|"
    r"falso|falsa|truffa|oplichting|nep(?!al)|oszust|podvod|мошен|шахра|фишинг|фішинг|"
    r"απατ|ψε[υύ]|csal|adathal|hamis|dolandır|sahte)|"
    r"احتيال|مزيف|詐騙|诈骗|冒充|假冒|钓鱼|釣魚|詐欺|なりすまし|を装|フィッシング|迷惑|사칭|스미싱|피싱|"
    r"사기|প্রতারণা"
)
_QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d'


def _results_title(doc: Doc, minor_matches: list[Match], votes: list[Vote], best: str) -> bool:
    """A title of results or figures that states no change ("SARS preliminary revenue outcome
    for 2023/24"; the duties it names as a topic, with no word of their change: "Halbjahreszahlen
    2025 – Zölle belasten internationales Geschäft"), and no change said to be in force below."""
    if not any(doc.in_title(m.start) for m in minor_matches) or _DATED_TITLE.search(
        doc.norm, 0, doc.title_end
    ):
        return False  # (not "Gutscheinkarten ins Ausland: Was ab 1. Januar 2025 gilt")
    duty_news = _DUTY_NEWS.search(doc.norm, 0, doc.title_end) is not None
    if any(
        doc.in_title(v.start)
        and v.kind != "informational"
        and v.weight >= RELEVANT_SCORE
        and (v.kind != "duty_tax_change" or duty_news)
        for v in votes
    ):
        return False
    return not any(
        v.kind == best and _IN_FORCE.search(doc.norm, *doc.sentence_of(v.start)) for v in votes
    )


def _change_apart_from_topics(
    doc: Doc,
    votes: list[Vote],
    best: str,
    topic_matches: list[Match],
    sent_to: list[int] | None,
) -> bool:
    """Whether a sentence of its own tells the notice's change of mail to a place named as
    where it goes with the day it starts, with no word of the topics in it, not quoted, not
    reported and not of the reader's own parcel: "Beware of fake messages. From 1 March,
    parcels to the United States are suspended" is a suspension beside a warning, not a warning
    alone."""
    if best == "informational" or not sent_to or not topic_matches:
        return False
    if not all(_SCAM.search(m.key.lower()) for m in topic_matches):
        return False  # results, news, a survey: their changes are told as news of others
    for v in votes:
        if v.kind != best or v.weight < 1.0 or doc.in_title(v.start):
            continue
        a, b = doc.sentence_of(v.start)
        if not any(a <= p < b for p in sent_to) or not TOLD_WITH_DAY.search(doc.norm, a, b):
            continue  # (what fraudsters write tells no day a stop begins)
        if any(a <= m.start < b for m in topic_matches) or _SCAM.search(doc.norm, a, b):
            continue
        if TOLD_BY_OTHERS.search(doc.norm, a, b) or any(q in doc.full[a:b] for q in _QUOTES):
            continue
        # not the text of a message shown after a colon ("A typical message reads: ...")
        before = doc.full[max(0, a - 3) : a]
        if ":" in before:
            continue
        return True
    return False


def _topics_decide(
    doc: Doc,
    counted: Topics,
    votes: list[Vote],
    best: str,
    total: float,
    changes: dict[str, float],
    by_group: dict[str, list[Match]],
    other_sentences: set[tuple[int, int]],
    place_starts: list[int] | None,
    sent_to: list[int] | None,
) -> tuple[bool, int]:
    """Whether the notice's topics (scams, prices, other services) make it irrelevant, and
    the topics that still count (none when they stand in a section of their own)."""
    topics, topic_matches, minor_matches = counted.count, counted.matches, counted.minor
    closure_matches, topic_title = counted.closure_matches, counted.title
    if (
        topics >= 2
        and _results_title(doc, minor_matches, votes, best)
        and (best != "delay" or not _delay_of_sent_mail(doc, votes, sent_to))
        and not _change_apart_from_topics(doc, votes, best, topic_matches, sent_to)
    ):
        return True, topics  # (before the topics are set apart from the title's duties)
    if topics >= 2 and _topics_in_own_section(doc, topic_matches, votes):
        topics = 0  # "Fraud warning" under the advisory: not what the notice is about
    elif topics >= 2 and _topics_apart(
        doc,
        topic_matches + minor_matches,
        closure_matches,
        votes,
        best,
        place_starts or [],
        sent_to or [],
    ):
        _quiet_closure_resumptions(doc, closure_matches, votes)
        topics = 0  # a page of notices: the fraud warning and holiday hours have their own
    if (
        topics >= 2
        and (best != "delay" or not _delay_of_sent_mail(doc, votes, sent_to))
        and not (
            not topic_matches
            and not minor_matches
            and _stop_of_sent_mail(doc, votes, best, sent_to)
        )
        and not _change_apart_from_topics(doc, votes, best, topic_matches, sent_to)
        and (
            total < max(3.0, 0.75 * topics)
            or (
                any(doc.in_title(m.start) for m in topic_matches)
                and (topic_title or _RULES_KEPT.search(doc.norm) is not None)
                and not any(
                    v.kind == best and _IN_FORCE.search(doc.norm, *doc.sentence_of(v.start))
                    for v in votes
                )
            )
        )
    ):
        # results, stamps, phishing; a title about the topic that states no change and no dated
        # change below ("Customs Compliance Specialist (m/f/d)"); a scam warning that says the
        # rules it explains are kept
        return True, topics
    if (
        topics >= 3
        and not _sending_sentences(doc)
        and (not sent_to or all(doc.in_title(p) for p in sent_to))
    ):
        # "Cosa posso portare nel bagaglio a mano? ... oggetti vietati": a passengers' page
        # whose topics are its own, no sentence of mail or goods sent, no place mail goes to
        # but in the title ("Emirates to ban power banks on board" names the airline)
        return True, topics
    if by_group.get("other_services") and not sent_to and not _sending_sentences(doc):
        # "these services are suspended: ATMs, online banking, the app", and no word of mail
        # nor of a place mail is sent to ("郵便局アプリでの米国宛ての発送の受付を停止": the app's
        # shipments to the US stop)
        return True, topics
    if (
        best == "informational"
        and not changes
        and (
            (
                _PRICES.search(doc.norm, 0, doc.title_end) is not None
                and not any(doc.in_title(p) for p in place_starts or ())
                and all(_of_prices(doc, v.start, place_starts, True) for v in votes)
            )
            or all(_of_prices(doc, v.start, place_starts, False) for v in votes)
        )
    ):
        return True, topics  # "letter prices stay the same"
    if best == "informational" and other_sentences and not changes and not place_starts:
        return True, topics  # "ATM down; mail unaffected"
    if best == "informational" and not changes and _results_title(doc, minor_matches, votes, best):
        # "Illegale Arzneimittelimporte 2024: über 7000 Sendungen beschlagnahmt" over "die
        # geltenden Einfuhrregeln bleiben unverändert": a year's figures, no all-clear
        return True, topics
    if (
        best == "informational"
        and not place_starts
        and all(score < RELEVANT_SCORE for score in changes.values())
        and any(v.kind == "suspension" and _one_office_stops(doc, v.start) for v in votes)
    ):
        # "Counter services are suspended at this location ... PO Box mail will continue to be
        # delivered as usual": one office closes, and what goes on is that office's service
        return True, topics
    return False, topics


# The weight below which every word of a change was discounted (a stop of the tracking pages,
# an aside, a service that sends nothing): measured on the read sets (0.7 made 1 worse)
FAINT_VOTE = 0.6


def _only_faint_words(votes: list[Vote], scores: dict[str, float], best: str) -> bool:
    """Whether the best change is said only in words each discounted as no news, which add up
    by their number ("国際郵便の追跡サービスを一時停止 ... 停止日時 ... 停止するサービス"), with
    no all-clear of sending beside them: a notice about something else. (Not a rule recalled,
    "Podsjećamo da je ... potrebno": the caller reads that as an all-clear.)"""
    return (
        best != "informational"
        and scores.get("informational", 0.0) < RELEVANT_SCORE
        and max((v.weight for v in votes if v.kind == best), default=0.0) < FAINT_VOTE
    )


def _one_office_stops(doc: Doc, start: int) -> bool:
    """Whether the stop at ``start`` is of one office ("Counter services ... are suspended at
    this location"), not of a network ("at all branches") nor of mail it accepts ("Branches
    have suspended the acceptance of export parcels")."""
    a, b = doc.sentence_of(start)
    return (
        _BRANCH.search(doc.norm, a, b) is not None
        and _EVERY_OFFICE.search(doc.norm, a, b) is None
        and (
            _THIS_OFFICE.search(doc.norm, a, b) is not None
            or not _ACCEPTANCE.search(doc.norm, a, b)
        )
    )


_EVERY_OFFICE = lazy_compile(
    r"\b(?:all|every|each|our) (?:\w+ ){0,2}?(?:branch\w*|post offices|offices|counters|outlets|"
    r"locations)\b|\bnationwide\b|\bacross the country\b"
)
_THIS_OFFICE = lazy_compile(
    r"\b(?:this|that|the same) (?:location|branch|office|post office|counter)\b"
)


def _outranking(
    doc: Doc,
    by_group: dict[str, list[Match]],
    votes: list[Vote],
    scores: dict[str, float],
    best: str,
    total: float,
    lift_added: float,
    holiday_delay: bool,
    said_unchanged: bool,
    place_starts: list[int] | None,
    all_clear: bool = False,
) -> str:
    """The kind that outranks the best one: a stop over a delay, a resumption that ends the
    stop or delay told, a partial stop, an all-clear that says the rules stay. (No stop
    outranks the all-clear of a title: the stop is the event it says mail is spared.)"""
    if best == "restriction" and (rival := _over_generic_limits(doc, votes, scores, lift_added)):
        best = rival
    if (
        best in _OUTRANKED
        and not all_clear
        and (stops := sum(v.weight for v in votes if v.kind == "suspension" and not v.continued))
        >= LEAST_STOP_SHARE * total  # the least share: the common case is decided here
        and stops >= _outranked_share(doc, votes, best) * total
        and not (best == "delay" and _title_names(doc, votes, best))
        and not (best == "delay" and _local_pause(doc, votes))
    ):
        best = "suspension"
    elif (
        best == "suspension"
        and scores.get("delay", 0.0) >= LOCAL_PAUSE_DELAY_SHARE * total
        and _local_pause(doc, votes)
    ):
        best = "delay"  # "pickup and delivery operations halted ... expect delays of 24 hours"
    if (
        best == "delay"
        and not holiday_delay
        and any(
            v.kind == "resumption"
            and v.firm
            and v.weight >= RELEVANT_SCORE  # not "flights have only partially resumed" (transport)
            and v.start - doc.title_end < LEAD_CHARS
            and not _FUTURE_BEFORE.search(
                doc.norm, max(doc.sentence_of(v.start)[0], v.start - 30), v.start
            )
            # (nor a resumption said to wait for something: "возобновится по мере открытия")
            and not _RESUMPTION_PENDING.search(
                doc.norm, v.end, min(v.end + PENDING_REACH, doc.sentence_of(v.start)[1])
            )
            for v in votes
        )
    ):
        best = "resumption"  # the newest item says the disruption is over
    elif (
        best == "delay"
        and not holiday_delay
        and _backlog_of_resumption(doc, votes, place_starts or [])
    ):
        best = "resumption"  # "we have resumed sending items; expect delays from the backlog"
    if (
        best == "suspension"
        and scores.get("delay", 0) >= RELEVANT_SCORE
        and _still_accepting(doc, votes, place_starts or [])
    ):
        best = "delay"  # "delivery in some areas suspended; we continue to accept mail for X"
    if best == "suspension" and (
        _partial_stop(doc, scores, votes)
        or _other_mode_open(doc, votes, by_group.get("open_modes", []))
    ):
        best = "restriction"  # "only express items accepted; economy parcels not accepted"
    if best != "informational" and said_unchanged:
        best = "informational"  # "Reminder: duty-free limits remain unchanged"
    if (best in _STOPS or best == "duty_tax_change") and _title_resumes(doc, votes):
        # "Service to X restored": the body tells how it had stopped; "Omniva resumes sending
        # goods to the United States": the duties prepaid are how it goes on
        best = "resumption"
    elif best in _STOPS and _stops_over(doc, votes):
        best = "resumption"  # "Pakketten naar Israël waren geschorst. Vanaf 3 maart ..."
    elif (
        best == "new_requirement"
        and scores.get("restriction", 0.0) >= CONDITIONS_LIMIT_SHARE * total
        and conditions_title(doc)
    ):
        # "New conditions for parcels to South Sudan": the papers asked are among the
        # conditions, whose limits are the news
        best = "restriction"
    elif (
        best == "prohibited_items"
        and scores.get("restriction", 0.0) > 0.0
        and (conditions_title(doc) or new_rules_title(doc))
    ):
        # "New conditions for items containing lithium batteries": what is banned outright is
        # one of the conditions the goods are now sent under
        best = "restriction"
    return best


PENDING_REACH = 25  # characters after a resumption where what it waits for is said
LOCAL_PAUSE_DELAY_SHARE = 0.5
CONDITIONS_LIMIT_SHARE = 0.5
# What a local pause stops: the pick-ups and deliveries, the operations in a place
_LOCAL_OPERATIONS = lazy_compile(
    r"\b(?:operations|pick ?ups?|pickup and delivery|pick up and delivery|deliveries|"
    r"delivery services|delivery operations|courier services|station operations)\b"
    r"[^.;:!?\n]{0,80}$"
)


# Mail to or from a named place (read on the original: the name's capital)
_TO_A_PLACE = lazy_compile(r"\b(?:to|from|for)\s+(?:and\s+from\s+|the\s+)?[A-Z]")


def _local_pause(doc: Doc, votes: list[Vote]) -> bool:
    """Whether every stop the notice tells is of the operations, pick-ups or deliveries in a
    place ("pickup and delivery operations in Hong Kong have been temporarily halted") and a
    delay is said to be its effect ("shipments can expect delays of 24 to 48 hours"): a storm's
    pause of the local network, a delay of the mail sent there, not a stop of acceptance."""
    stops = [v for v in votes if v.kind == "suspension" and v.firm and not v.continued]
    if not stops or not any(v.kind == "delay" and v.weight >= 0.65 for v in votes):
        return False
    # (a stop that goes on for mail to a place counts too: "all services to and from Sudan
    # remain suspended" beside "pickups and deliveries in Haiti are suspended" is no storm's
    # pause; not "services at our Kowloon station remain suspended")
    going_on = [
        v
        for v in votes
        if v.kind == "suspension"
        and v.firm
        and v.continued
        and _TO_A_PLACE.search(doc.full, *doc.sentence_of(v.start))
    ]
    for v in stops + going_on:
        a = doc.sentence_of(v.start)[0]
        if _LOCAL_OPERATIONS.search(doc.norm, a, v.start) is None:
            return False
    return True


# Where one part of a title ends: "Proposed 2026 prices for letters; parcels to the US
# suspended". Unlike topics._TITLE_PART_END, no colon: one joins a topic to the plan it names
# ("Questions and answers: proposed handling fee")
_TITLE_PART = lazy_compile(r"[;|]|\s[-\u2013\u2014]\s")


def _titled_plan(doc: Doc, m: Match, votes: list[Vote], best: str) -> bool:
    """A bare word of a plan in the title, in the part of it that states the change (not
    beside another part that states a change of its own)."""
    if not doc.in_title(m.start):
        return False
    for v in votes:
        if v.kind == best and v.firm and doc.in_title(v.start):
            a, b = sorted((m.start, v.start))
            if _TITLE_PART.search(doc.full, a, b):
                return False
    return True


def _proposals(
    doc: Doc, by_group: dict[str, list[Match]], votes: list[Vote], best: str
) -> list[Match]:
    """The plain words of a plan that make the notice a proposal: of the change it states,
    not on its details after the decision, no consultation held."""
    found = by_group.get("proposal", [])
    # the plan the title names and the body says was decided ("... par suite du projet de loi
    # C-21" over "par suite de la sanction royale du projet de loi C-21")
    decided = {
        m.key
        for m in found
        if not doc.in_title(m.start) and _plan_decided(doc.norm, *doc.sentence_of(m.start))
    }
    proposal = [
        m
        for m in found
        if m.start < doc.title_end + 600
        and (m.key.lower() not in _TITLE_PROPOSAL or _titled_plan(doc, m, votes, best))
        and not (doc.in_title(m.start) and m.key in decided)
        and not _plan_decided(
            doc.norm, *((0, doc.title_end) if doc.in_title(m.start) else doc.sentence_of(m.start))
        )
    ]
    if proposal and (links := link_spans(doc)):
        proposal = [m for m in proposal if not in_spans(m.start, links)]  # "Related: Javna ..."
    if proposal:
        # the plain words of a plan ("proposed changes", "intends to raise", "is not yet in
        # effect") mark the notice a proposal only where they speak of the change it states
        # (or in its title), not beside it ("the proposed changes to our website")
        proposal = [
            m
            for m in proposal
            if m.key.lower() not in _SOFT_PROPOSAL
            or doc.in_title(m.start)
            or (
                any(
                    v.kind == best and doc.sentence_of(v.start) == doc.sentence_of(m.start)
                    for v in votes
                )
                # (not after a sentence that states the change plainly: "duty rises to 25%.
                # The proposed changes to postal VAT have been dropped")
                and not any(
                    v.kind == best
                    and v.start < doc.sentence_of(m.start)[0]
                    and not doc.in_title(v.start)
                    for v in votes
                )
            )
        ]
    if proposal and best != "informational":
        # a consultation after the decision ("will remove the relief ... A consultation on the
        # design of the new arrangements will follow") is about details: the change stands
        stated = [v for v in votes if v.kind == best]
        first = min(v.start for v in stated) if stated else 0
        sentences = {doc.sentence_of(v.start) for v in stated}
        proposal = [
            m
            for m in proposal
            if doc.in_title(m.start)
            or m.start < first
            or doc.sentence_of(m.start) in sentences
            or not _ON_DETAILS.match(doc.norm, m.end)
        ]
    if proposal:
        # "Following public consultation, the Government has confirmed": a consultation held
        proposal = [
            m
            for m in proposal
            if not (
                _HELD_BEFORE.search(doc.norm, max(0, m.start - 14), m.start)
                and _DECIDED.search(doc.norm, *doc.sentence_of(m.start))
                and not _STILL_OPEN.search(doc.norm, *doc.sentence_of(m.start))
            )
        ]
    return proposal
