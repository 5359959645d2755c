"""Negations, denials and conditions: the words that say a change did not or may not happen
("no longer", "denies rumours that", "should the situation change").
"""

from __future__ import annotations

import re

from monitor.classify.kinds.limits import _WITHOUT_BEFORE
from monitor.classify.kinds.phrases import (
    _ACCEPTANCE,
    _CLAUSE_MARK,
    _MAIL_PART,
    _START_WORDS,
    _STOP_NOUN,
    _TOLD_IN_FORCE,
)
from monitor.classify.kinds.votes import _CONTRAST_WORD, Vote, _words_between
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match
from monitor.classify.text import Doc
from monitor.classify.wordstart import GuardedPattern, word_start

_SEMI_COLON = lazy_compile(r"[;:]")


# Right after a stop: it does not hold for what the notice is about ("These restrictions do
# not apply to commercial traffic or to the flow of goods").
# A stop said to be lifted after it, in its clause: "the suspension ... has been lifted", "de
# opschorting ... wordt opgeheven", "zawieszenie ... zostaje odwołane", "停止措置は…解除され"
_LIFTED_AFTER = lazy_compile(
    r"(?:[^.;:!?\n]|(?<=\d)\.){0,60}?(?P<lift>\blifted\b|\bremoved\b|\bended\b|\bis over\b|"
    r"\b(?:has|have) been withdrawn\b|(?<=suspension )withdrawn\b|"
    # "That suspension is no longer in effect"
    r"\bno longer in (?:effect|force)\b|"
    r"\bendete\b|\bbeendet\b|a pris fin|\btermin[oó]\b|\bterminat[ao]\b|aufgehoben|"
    r"\bleve(?:e|es)?\b|levantad|"
    r"revocad|\brevocat|revogad|opgeheven|odwo[lł]an[eay]\b|zniesion|\bснят[ыоа]?\b|\bотменен|"
    r"\bзнят[оіа]?\b|скасован|解除|"
    # Finnish "rajoitukset on purettu" (the restrictions have been lifted), "on päättynyt" (has
    # ended), "on kumottu" (repealed); not "poistettu" ("lentoyhteydet on poistettu": flights)
    r"\b(?:on|ovat) (?:nyt )?(?:purettu|paattynyt|kumottu)\b)"
)
# A word of _LIFTED_AFTER holds one of these; it starts within 60 characters of the noun
_LIFT_STEMS = (
    "lifted", "removed", "ended", "is over", "endete", "beendet", "pris fin", "termin", "withdrawn",
    "aufgehoben", "leve", "levantad", "revocad", "revocat", "revogad",
    "opgeheven", "odwo", "zniesion", "снят", "отменен", "знят", "скасован", "解除", "purettu",
    "paattynyt", "kumottu", "no longer in",
)  # fmt: skip
_LIFT_REACH = 61 + max(map(len, _LIFT_STEMS))
# the noun's own words, then an insertion between commas, before "lifted" said a few words on
_INSERTION = lazy_compile(r"(?P<head>[^.;:!?\n,]{0,60}),[^.;:!?\n,]{1,80},")
_AFTER_INSERTION = 20
_DONE_AUX = lazy_compile(
    r"\b(?:has|have|had|is|are|was|were|ist|sind|wurde|wurden|zijn|werd|werden|est|sont|a|ont|"
    r"ha|han|e|sono|foi|foram)\s+(?:been\s+|worden\s+|ete\s+|sido\s+|stato\s+|stata\s+)?$"
)
_INSERTION_REACH = 1 + 80 + 1 + _AFTER_INSERTION  # past _LIFT_REACH: its commas, its words
# ... unless only once something happens: "remains suspended until the ban is lifted"
_UNTIL_GAP = lazy_compile(
    r"\b(?:until|till|once|when|if|unless|bis|sobald|wenn|jusqu|des que|hasta|cuando|fino|finche|"
    r"quando|tot|totdat|zodra|ate|dopoki|gdy|пока|когда|поки|коли)\b|まで|次第"
)
# "not yet lifted", "nicht aufgehoben": the stop holds
_NOT_YET = lazy_compile(
    r"\b(?:not|not yet|nicht|noch nicht|pas|pas encore|no|aun no|todavia no|non|niet|nog niet|"
    r"nao|nie|не|ще не|еще не)\s+(?:\w+\s+){0,2}$|未"
)
# "... will be lifted as soon as flights resume", "待...解除后另行通知": a condition after it
_UNTIL_AFTER = lazy_compile(
    r"[\s,]*(?:only\s+)?(?:as soon as|once|when|sobald|wenn|des que|lorsque|en cuanto|cuando|"
    r"non appena|zodra|assim que|jak tylko|gdy|после|коли|как только|后|後)"
)


_CJK_UNTIL = lazy_compile(r"待|直至|直到")


def _lifted_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the stop noun at ``start:end`` is said to be lifted later in its clause, not
    after a negation ("has not yet been lifted") nor before a condition ("as soon as")."""
    norm = doc.norm
    if not _STOP_NOUN.search(norm, start, end):
        return False
    window = norm[end : end + _LIFT_REACH + _INSERTION_REACH]
    for stem in _LIFT_STEMS:  # the regex tries its words at each of 60 places: far dearer
        if stem in window:
            break
    else:
        return False
    m = _LIFTED_AFTER.match(norm, end)
    head_end = None  # where the words of the noun end before an insertion between commas
    if m is None:
        # "De opschorting van zendingen naar Israël, ingevoerd op 13 juni na de sluiting van
        # het luchtruim, is opgeheven": the words between the commas say when it began
        insertion = _INSERTION.match(norm, end)
        if insertion is None:
            return False
        m = _LIFTED_AFTER.match(norm, insertion.end())
        if (
            m is None
            or m.start("lift") - insertion.end() > _AFTER_INSERTION
            # lifted, said as done: not "will, once the airport reopens, be lifted"
            or _DONE_AUX.search(norm, insertion.end(), m.start("lift")) is None
        ):
            return False
        head_end = insertion.end("head")
    if (
        _UNTIL_GAP.search(norm, end, m.end())
        if head_end is None
        # (not in the insertion: "..., introduced when the airspace closed, has been lifted")
        else _UNTIL_GAP.search(norm, end, head_end) or _UNTIL_GAP.search(norm, m.start(), m.end())
    ) is not None:
        return False
    if norm.startswith("с реис", m.end() + 1):
        return False  # "сняты с рейса": taken off the flight
    if "withdrawn" in m.group("lift") and _OTHER_WITHDRAWN.search(norm, end, m.start("lift")):
        return False  # "Following the suspension, the Economy service has been withdrawn"
    if _NOT_YET.search(norm, max(end, m.start("lift") - 30), m.start("lift")):
        return False
    if _FLIGHTS.search(norm, end, m.start("lift") if head_end is None else head_end) or (
        head_end is not None and _FLIGHTS.search(norm, m.start(), m.start("lift"))
    ):
        return False  # "the ban on flights to Israel has been lifted": not the mail's stop
    if _PAST_LIFT.search(norm, max(end, m.start("lift") - 16), m.start("lift")):
        # "was lifted when the airport reopened": it happened, unless it came back since
        return not _REINSTATED.search(norm, m.end(), doc.sentence_of(m.end() - 1)[1])
    return _UNTIL_AFTER.match(norm, m.end()) is None and not _CJK_UNTIL.search(norm, end, m.end())


# What "withdrawn" after a stop noun has as its own subject: a service, or another clause
_OTHER_WITHDRAWN = lazy_compile(r",|\b(?:service|services|product|products|option|options)\b")
_FLIGHTS = lazy_compile(
    r"\b(?:flights?|vlucht\w*|vols?|vuelos?|voli|fl[uü]g\w*|airspace|luchtruim)\b"
)
_REINSTATED = lazy_compile(
    r"\b(?:reinstated|reintroduced|reimposed|again|remains in force|wieder eingef[uü]hrt|"
    r"retabli\w*|restablecid\w*|ripristinat\w*)\b"
)


_PAST_LIFT = lazy_compile(
    r"\b(?:was|were|has been|have been|had been|wurde|wurden|a ete|ont ete|fue|fueron|ha sido|"
    r"han sido)\s+$|已"
)


_INVERTED_SUBJECTS = frozenset(
    "any the there a an this these such further it they we you our your its their conditions "
    "circumstances service services".split()
)


# What makes a change word part of a name or of a membership, not a change of service:
# "the STOP Act", 《停止鸦片类药物流入法》, "ne fait plus partie de l'union douanière".
# (The spaces read once before both lists: the same matches, as a word of either starts with a
# letter where the spaces end.)
_NAME_AFTER = lazy_compile(
    r"\)?\s*(?:(?:Act|Law|Gesetz|Loi|Ley|Legge|Lei|Wet)\b|"
    r"(?:partie|part of|a part of|teil|parte|deel|a member|member|membre|miembro|membro|"
    r"lid|частью|членом|частиною|членом)\b)"
)
_BOOK_TITLE = lazy_compile(r"[《«〈][^《》«»〈〉\n]{0,60}$")
_LIST_NAMES = ("名录", "名錄", "目录", "目錄", "清单", "清單")
_PUBLISHED = lazy_compile(r"(?:发布|發布|修订|修訂|公布|公佈|印发|印發)[^《》。\n]{0,20}$")
# "对《……名录》进行了修订" (the list was revised)
_REVISED_AFTER = lazy_compile(r"(?:进行了|進行了|予以|已)?(?:修订|修訂|发布|發布|公布|公佈)")


# "no operator has reported a suspension", "keine Verwaltung hat ... gemeldet": a negated report
_REPORTED = lazy_compile(
    r"\b(?:reported|announced|confirmed|indicated|notified|experiencing|"
    r"gemeldet|angekündigt|angekundigt|"
    r"signale|annonce|informado|reportado|anunciado|segnalato|comunicato|gemeld|сообщил\w*|"
    r"повідомил\w*)\b"
)


_REPORTED_BEFORE = word_start(
    r"\b(?:has|have|had) (?:reported|announced|confirmed|notified) (?:an? |any )?$"
)


# A branch or counter that closes or reopens is no change of where mail can go.
# Words of an aim against delays: "to keep disruption to a minimum", "to avoid delays"
_AIM_BEFORE = word_start(
    r"\b(?:keep|keeps|keeping|minimi[sz]e|minimi[sz]ing|reduce|reducing|avoid|avoiding|prevent|"
    r"preventing|mitigate|mitigating|limit the|vermeiden|minimieren|eviter|limiter|evitar|"
    r"minimizar|evitare|ensure minimal|ensuring minimal|ensure minimum|ensuring minimum)"
    r"\s+(?:[^\W\d_]+\s+){0,3}$"
)


def _aimed_against(norm: str, lo: int, start: int) -> bool:
    """ "to keep disruption to a minimum", not "we cannot avoid delays"."""
    aim = _AIM_BEFORE.search(norm, lo, start)
    return aim is not None and not _CANNOT.search(norm, max(0, aim.start() - 14), aim.start())


_CANNOT = word_start(r"\b(?:cannot|can't|can not|unable to|not|could not|couldn't)\s+$")


# A clause with no subject of its own: "..., Naas Road, will be suspended"
_BARE_PREDICATE = lazy_compile(
    r"[\s,]*(?:(?:will|shall|would|is|are|was|were|has|have|had|be|been|being|temporarily|"
    r"currently|also|now|wird|werden|ist|sind|bleibt|bleiben|sera|seront|est|sont|seran|"
    r"sara|saranno|wordt|worden)\s+)*$"
)
_SUBJECT_REACH = 120


def _branch_subject(doc: Doc, clause_start: int, start: int) -> bool:
    """ "Services at the Customs Collection counter at the Dublin Mail Centre, Naas Road, will
    be suspended": the subject, before the commas of an address, is one counter."""
    if clause_start <= 0 or not _BARE_PREDICATE.fullmatch(doc.norm, clause_start, start):
        return False
    a = max(doc.sentence_of(start)[0], start - _SUBJECT_REACH)
    if a >= clause_start:
        return False
    branch = _BRANCH.search(doc.norm, a, clause_start)
    # the counter heads the subject: "Services at the ... counter", not "Acceptance of parcels
    # to Australia at all post offices, including the ... counter"
    if branch is None:
        return False
    head = max(a, branch.start() - 20)  # "the parcel collection counter": its own words
    s0 = max(doc.sentence_of(start)[0], start - 2 * _SUBJECT_REACH)
    return (
        _MAIL_PART.search(doc.norm, s0, head) is None
        and _ACCEPTANCE.search(doc.norm, s0, branch.start()) is None
    )


# The words before a stop named as a time: "during the suspension"; and "before the", said of
# the items taken in before it ("items accepted before the suspension will be forwarded"), not
# of a stop to come ("post before the suspension begins")
_DURING_STOP = ("during the ", "throughout the ", "wahrend der ", "pendant la ", "durante la ",
                "tijdens de ", "durante a ", "podczas ")  # fmt: skip
_BEFORE_STOP = ("before the ", "prior to the ", "vor der ", "avant la ", "avant l'", "antes de la ",
                "prima della ", "prima dell'", "voor de ", "antes da ", "przed ")  # fmt: skip
_TAKEN_IN = lazy_compile(
    r"\b(?:accepted|posted|sent|received|dispatched|lodged|angenommen|eingeliefert|aufgegeben|"
    r"acceptes|acceptees|deposes|deposees|admitidos|admitidas|aceptados|aceptadas|accettati|"
    r"accettate|spediti|spedite|aangenomen|aangeboden|aceites|postados|przyjete|nadane)\b"
)

# "must be posted before the suspension", "doivent être déposés avant la suspension": what to do
# before a stop to come
_MUST_BE = lazy_compile(
    r"\b(?:must be|need to be|should be|have to be|muss|mussen|sollten|doit etre|doivent etre|"
    r"devono essere|deve essere|deben ser|debe ser|deben estar|moeten|moet|devem ser|deve ser|"
    r"musza byc|musi byc|powinny byc|powinna byc)\s+$"
)
# the stop word's next words that tell it is to come: "the suspension of service takes effect"
_STOP_TO_COME = lazy_compile(
    r"(?:\s+(?:of|of the|du|de la|des|del|della|dello|dei|van de|van het|da|do|der|"
    r"usługi|service|services|servizio|servicio|servico|dienst|dienstes|postal|postale|mail))*"
    r"\s+(?:takes? effect|begins|starts|comes into|will (?:take effect|begin|start)|"
    r"prend effet|entre en vigueur|commence|beginnt|tritt in kraft|entra in vigore|inizia|"
    r"comienza|entra en vigor|begint|ingaat|comeca|entra em vigor|wchodzi w zycie)\b"
)

# the last word of each of those heads: most stop words follow none of them (a cheap test)
_HEAD_ENDS = frozenset(h.rstrip(" ").rsplit(" ", 1)[-1] for h in _DURING_STOP + _BEFORE_STOP)


def _head_before(norm: str, start: int, heads: tuple[str, ...]) -> int:
    for head in heads:
        at = start - len(head)
        if at >= 0 and norm.startswith(head, at) and (at == 0 or not norm[at - 1].isalnum()):
            return at
    return -1


def _named_again(norm: str, start: int) -> bool:
    """ "during the suspension", "items accepted before the suspension", "prima della
    sospensione": a change said before, named again as a time."""
    if start < 2:
        return False
    gap = 1 if norm[start - 1] == " " else 0  # ("avant l'interruption": no space)
    word = norm[norm.rfind(" ", 0, start - gap) + 1 : start - gap]
    if word not in _HEAD_ENDS:
        return False
    if _head_before(norm, start, _DURING_STOP) >= 0:
        return True
    at = _head_before(norm, start, _BEFORE_STOP)
    if at < 0:
        return False
    # "Mail to Ukraine must be posted before the suspension takes effect": a stop to come (a
    # date alone does not tell: "items accepted before the suspension on 24 February")
    stop_end = start + len(norm[start : start + 40].split(" ", 1)[0])
    if _STOP_TO_COME.match(norm, stop_end):
        return False
    # the taken-in word nearest the head: "Claim forms must be sent within 60 days for items
    # posted before the suspension" is of the items posted
    taken = min(
        _TAKEN_IN.finditer(norm, max(0, at - 60), start + 60),
        key=lambda m: at - m.end() if m.end() <= at else m.start() - start,
        default=None,
    )
    if taken is None:
        return False
    # the modal before the taken-in word, or before the head when the verb comes last ("müssen
    # vor der Aussetzung eingeliefert werden")
    before = taken.start() if taken.start() < at else at
    return _MUST_BE.search(norm, max(0, before - 20), before) is None


_BRANCH = GuardedPattern(
    word_start(
        # (and their plurals: "All retail Post Offices on the island have reopened")
        r"\b(?:sucursal(?:es)?|branch|branches|filiale|agences?|oficinas?|ufficio|uffici|kantoor|"
        r"kantoren|post offices?|servizio pomeridiano|"
        r"postamt|postfiliale|bureaux? de poste|counters?|schalter|guichets?|sportell[oi]|loket|"
        r"postkantoor\w*|postahely\w*|postahivatal\w*|καταστημ\w*|estacao postal|estacoes postais|"
        # a line for customers, not the mail: "our helpline is suspended during the holidays"
        r"helpline|hotline|call cent(?:re|er)|contact cent(?:re|er)|infolinia|kundenhotline)\b"
    ),
    (
        "sucursal",
        "branch",
        "filiale",
        "agence",
        "oficina",
        "ufficio",
        "servizio pomeridiano",
        "kantoor",
        "kantoren",
        "uffici",
        "bureaux de poste",
        "sportelli",
        "post office",
        "postamt",
        "bureau de poste",
        "counter",
        "schalter",
        "guichet",
        "sportello",
        "loket",
        "postkantoor",
        "postahely",
        "postahivatal",
        "καταστημ",
        "estacao postal",
        "estacoes postais",
        "helpline",
        "hotline",
        "call cent",
        "contact cent",
        "infolinia",
    ),
)
_DENIAL = word_start(
    r"\b(?:none|neither|nobody|not one|no (?:\w+ ){0,2}(?:operators?|administrations?|posts?|"
    r"carriers?|countr(?:y|ies)|authorit(?:y|ies)))\b"
)


def _denied_report(doc: Doc, start: int) -> bool:
    """A report of a stop that the sentence denies, across a list of places."""
    if not _REPORTED_BEFORE.search(doc.norm, max(0, start - 30), start):
        return False
    a, _b = doc.sentence_of(start)
    denial = _DENIAL.search(doc.norm, a, start)
    return denial is not None and not _SEMI_COLON.search(doc.full, denial.end(), start)


# a break or a new clause between a stop and a denial later in its sentence (not a comma: "...
# 금지된다는 내용이 확산되고 있으나, 이는 사실과 다릅니다" denies the claim before it)
_OTHER_CLAUSE = lazy_compile(
    r"[;:]|\b(?:and that|e que|et que|y que|e che|en dat|und dass|und das|porque|parce que|"
    r"perche|because|omdat|weil|cuando|quand|quando|wanneer|when)\b"
)
_SHORT_LINE = 24  # a hashtag or a signature between a claim and its denial
# A rumour that names the stop right after it ("rumours that the post suspended ...", "网传
# “EMS暂停...”"), with no comma between ("Contrary to rumours, mail remains suspended"), is
# denied by a denial up to this far after its sentence
_TOLD_REACH = 30
_TOLD_BREAK = lazy_compile(r"[,;:.!?\n，；：。、]")
_DENIED_LATER = 400


# A denial that opens the claim it denies: "Es falso que ...", "It is not true that ..."
_FALSE_THAT = word_start(
    r"\b(?:es falso que|no es cierto que|no es verdad que|e falso che|non e vero che|"
    r"il est faux que|il n'est pas vrai que|e falso que|nao e verdade que|"
    r"it is (?:not true|false|untrue|incorrect) that|it's (?:not true|false|untrue) that|"
    r"es ist falsch, dass|es stimmt nicht, dass|het klopt niet dat|het is niet waar dat|"
    r"nieprawda, ze|nie jest prawda, ze|"
    # Urdu "(there is) no truth (in the reports) that", "(it is) not correct that", "it is
    # baseless that" (folded: ک is ك, ی is ي), Hindi "(it is) not true / not right that"
    r"كوئي صداقت نہيں (?:ہے )?كہ|درست نہيں (?:ہے )?كہ|بے بنياد ہے كہ|"
    r"सच नहीं है कि|सही नहीं है कि|सत्य नहीं है कि)\b"
)

# a new clause between the denial and a stop: "Es falso que ..., pero los paquetes siguen
# suspendidos" denies only what stands before the comma
_CLAUSE_BREAK = lazy_compile(r"[;:,]")
# one word of each phrase of _FALSE_THAT: most notices have none
_FALSE_THAT_HINTS = ("falso", "cierto", "verdad", "vero", "faux", "vrai", "verdade", "true",
                     "false", "untrue", "incorrect", "falsch", "stimmt", "klopt", "waar",
                     "nieprawda", "prawda", "صداقت", "درست", "بنياد", "सच", "सही",
                     "सत्य")  # fmt: skip


# the claim a denial of reports takes as its object: "Não procedem as informações de que ..."
_CLAIM_AFTER_DENIAL = lazy_compile(r"\s*(?:de que|que)\b")


def _rumour_denied(doc: Doc, rumours: list[Match], denials: list[Match], start: int) -> bool:
    """A stop in a sentence that tells it as a rumour, denied there ("denies rumours that",
    "спростовує чутки") or by the next sentence pointing back ("This is not true")."""
    a, b = doc.sentence_of(start)
    if (
        doc.holds_any(_FALSE_THAT_HINTS)
        and (false := _FALSE_THAT.search(doc.norm, a, start)) is not None
        and not _CLAUSE_BREAK.search(doc.full, false.end(), start)
    ):
        return True  # "Es falso que hayamos suspendido el envío a Guatemala": the claim after it
    if any(
        a <= d.start
        and d.end <= start
        and "informa" in d.key.lower()
        and _CLAIM_AFTER_DENIAL.match(doc.norm, d.end)
        and not _CLAUSE_BREAK.search(doc.full, d.end, start)
        and not _OTHER_CLAUSE.search(doc.norm, d.end, start)
        for d in denials
    ):
        return True  # "Não procedem as informações de que os Correios teriam suspendido ..."
    told = [m for m in rumours if a <= m.start < b]
    if not told:
        return False
    if any(
        (lead := _CLARIFY_LEAD.match(doc.norm, stop.end())) is not None
        and _RUNS_NORMALLY.search(doc.norm, lead.end(), b) is not None
        for stop in _FULL_STOP.finditer(doc.norm, start, b)
    ):
        # the clarification after a full stop the sentence splitting kept (no capital letter
        # in Arabic): "... أنباءً عن إيقاف الشحن. ويود بريد قطر التوضيح بأن القبول مستمر"
        return True
    for d in denials:
        if a <= d.start < b and any(0 <= m.start - d.end <= 25 for m in told):
            return True  # the denial takes the rumour as its object
        if a <= d.start < b and any(start < m.start and 0 <= d.start - m.end <= 40 for m in told):
            return True  # "금지된다는 일부 보도가 있었으나, 이는 사실이 아닙니다": said after it
        if (
            start < d.start < b
            and any(m.end <= start for m in told)
            and not _OTHER_CLAUSE.search(doc.norm, start, d.start)
        ):
            # "Claim that the post has suspended parcels to X is fake" (not "Os CTT afirmam que
            # os envios ... continuam suspensos e que a notícia de uma retoma não é verdade":
            # the denial is of another clause's subject)
            return True
    if (
        any(
            0 <= start - m.end <= _TOLD_REACH and not _TOLD_BREAK.search(doc.full, m.end, start)
            for m in told
        )
        and not _CONFIRMED.search(doc.norm, a, min(len(doc.norm), b + _DENIED_LATER))
        and any(start < d.start <= b + _DENIED_LATER and _points_back_to(doc, d) for d in denials)
    ):
        # "关于网传“EMS暂停寄往日本邮件”的说明 ... 经核实，该信息不实": the title's rumour, denied
        return True
    for _ in range(3):  # the next sentence, or the one after short lines ("#FactCheck")
        if b + 1 >= len(doc.full):
            return False
        c, b = doc.sentence_of(b + 1)
        lead = _POINTS_BACK.match(doc.norm, c)
        if lead is not None and (
            any(lead.end() <= d.start < min(b, lead.end() + 30) for d in denials)
            or _CLARIFIED_NONE.match(doc.norm, lead.end()) is not None
        ):
            return True
        if _DENIES_THOSE.search(doc.norm, c, b) is not None:
            return True  # "... اللتين نفتا تلك الأنباء": the next sentence denies those reports
        if lead is not None and _CONFIRMED.search(doc.norm, lead.end(), min(b, lead.end() + 40)):
            return False  # "Correos aclara que esta información es correcta para los paquetes"
        clarified = _CLARIFY_LEAD.match(doc.norm, c)
        if clarified is not None:
            # "We wish to clarify that parcels ... continue to be accepted as normal", "ويود
            # بريد قطر التوضيح بأن القبول مستمر بشكل طبيعي": the clarification says it runs
            return _RUNS_NORMALLY.search(doc.norm, clarified.end(), b) is not None
        if lead is not None:
            return False  # it points back, and neither denies nor clarifies
        if len(doc.full[c:b].strip()) > _SHORT_LINE:
            return False
    return False


# A denial whose object points back to the rumour: "denied these reports", "نفتا تلك الأنباء"
# (normalised: أ folds to ا)
_DENIES_THOSE = lazy_compile(
    r"(?:نفت|نفتا|نفى|نفوا|تنفي|ينفي)(?:\s+\S+){0,3}?\s+(?:تلك|هذه)\s+(?:الانباء|الشايعات|الشائعات|الاخبار|"
    r"المعلومات|الادعاءات)|"
    r"\bden(?:y|ies|ied)\s+(?:these|those|such|the)\s+(?:reports|claims|rumou?rs)\b|"
    # "... has confirmed that these reports are unfounded"
    r"\b(?:these|those|such|the) (?:reports|claims|rumou?rs|messages|posts) (?:are|were) "
    r"(?:unfounded|false|untrue|not true|incorrect|baseless|fake)\b|"
    r"\bdementiert\w*\s+(?:diese|die|solche)\s+(?:berichte|meldungen|geruchte)\b|"
    r"\bdement\w*\s+(?:ces|les)\s+(?:informations|rumeurs|allegations)\b|"
    r"\bdesmient\w*\s+(?:estas|esas|las)\s+(?:informaciones|noticias|afirmaciones)\b|"
    r"\bsmentisc\w*\s+(?:queste|tali|le)\s+(?:notizie|voci)\b|"
    # Kazakh and Russian "(says) this information does not match the truth" (normalised: "й"
    # reads "и")
    r"\b(?:бұл|осы)\s+ақпарат\w*\s+шындыққа\s+с[әа][иі]кес\s+келме|"
    r"\b(?:данная|эта|указанная|такая)\s+информация\s+не\s+соответствует\s+"
    r"де[иі]ствительности"
)


def _points_back_to(doc: Doc, d: Match) -> bool:
    """A denial whose sentence opens by pointing back ("经核实，该信息不实", "This is not true")."""
    c, _e = doc.sentence_of(d.start)
    lead = _POINTS_BACK.match(doc.norm, c)
    return lead is not None and d.start <= lead.end() + 30


# The rumour confirmed: "are correct", "we confirm this", "经核实属实", "صحة ما يتم تداوله"
_CONFIRMED = lazy_compile(
    r"\b(?:confirm\w*|are correct|is correct|are accurate|is accurate|bestatigt|confirme\w*|"
    r"confirmad\w*)\b|属实|屬實|确有其事|صحة ما|نؤكد|تؤكد|"
    # "esta información es correcta" (not "no es correcta")
    r"(?<!no )(?<!nao )(?<!non )\b(?:es correct[ao]|es ciert[ao]|e corret[ao]|e verdadeir[ao]|"
    r"e corrett[ao]|est exacte|est correcte)\b"
)


# "It is clarified that there is no suspension": a clarification that says the rumoured stop
# is none (not "It is clarified that, despite rumours, mail remains suspended")
_CLARIFIED_NONE = lazy_compile(
    r"(?:is |are |would like to |wishes to |wish to )?clarif\w* that (?:there (?:is|are|has been|"
    r"have been) no|(?:we|it) (?:has|have|did|do|does) not|(?:these|the|such) (?:reports|claims|"
    r"posts|messages) (?:are|is) (?:not correct|incorrect|not true|untrue|false|baseless|"
    r"unfounded))\b"
)


# A sentence that opens as a clarification: "We wish to clarify that", "Posta would like to
# clarify that", "ويود بريد قطر التوضيح بأن", "La Poste tient à préciser que"
_CLARIFY_LEAD = lazy_compile(
    r"[^\w]*(?:[\w'-]+ ){0,5}?(?:(?:wish|wishes|would like|wants?) to (?:clarify|confirm|"
    r"reassure \w+)|clarif(?:y|ies) that|tien(?:t|nent) a preciser|souhaite preciser|"
    r"desea aclarar|aclara que|"
    r"(?:\w+ ){0,3}?(?:التوضيح|توضيح|يوضح|توضح|نوضح|تؤكد|يؤكد|نؤكد))"
)
_FULL_STOP = lazy_compile(r"[.!?\u061f] ")
# ... and states that the service runs as usual
_RUNS_NORMALLY = lazy_compile(
    r"\b(?:as normal|as usual|normally|continues? to be accepted|continue to operate|"
    r"continues to operate|without (?:any )?interruption|normalement|con normalidad)\b|"
    r"بشكل طبيعي|بصورة طبيعية|كالمعتاد|مستمرة? "
)


# A title that calls a claim false on its own: "PIB Fact Check: ...", "Falschmeldungen zu ...",
# and the word of a clarification that, beside a rumour word, answers the rumour ("关于…传闻的说明",
# "הבהרה בנוגע לפרסומים")
_TITLE_DEBUNKS = word_start(r"\b(?:fact ?check|falschmeldung)")
_CLARIFICATION = lazy_compile(
    r"\bclarif|\besclarec|\baclara|\bchiariment|\bprecisazion|\bverduidelijk|\bklarstell|"
    r"\brichtigstell|\bsprostowani|\bразъяснени|\bроз.яснен|说明|說明|澄清|הבהרה|ชี้แจง|"
    r"설명자료|관련 설명|해명"
)


# Denial words that in a title seldom call a claim false: "Please disregard our earlier notice",
# "incorrect HS codes", "Brazil to deny entry" ("Clarification on ..." does: a clarification that
# states a change of its own states it plainly, from a given day)
_TITLE_WEAK_DENIALS = frozenset((
    "ignore", "disregard", "deny", "denies", "denied", "incorrect", "inaccurate", "not correct",
    "not accurate", "baseless", "unfounded", "abaikan", "alaptalan", "ανακριβ",
    "itibar etmeyiniz", "itibar etmemelerini",
))  # fmt: skip


# Claims named right before a weak denial word: "reports of a suspension are ...", "claims
# that we stopped shipping are ..." (normalised text)
_CLAIMS_ARE = word_start(
    r"\b(?:reports?|claims?|rumou?rs?|social media posts?|posts|news|meldungen|berichte|"
    r"geruchte|informations|rumeurs|informaciones|rumores|informacoes|notizie|voci|berichten|"
    r"geruchten)\b[^.!?:;|\n]{0,60}?\b(?:is|are|were|was|sind|ist|sont|est|son|es|sao|e|sono|"
    r"zijn)\s+(?:\w+\s+)?$"
)
_CLAIMS_REACH = 80
_CONTRAST_AFTER = word_start(
    r"\b(?:but|however|yet|aber|jedoch|mais|cependant|pero|sin embargo|ma|tuttavia|maar|mas|"
    r"porem)\b"
)

_TOLD_WEIGHT = 0.5


def title_denial(
    doc: Doc, rumours: list[Match] | None, denials: list[Match] | None, votes: list[Vote]
) -> tuple[int, int] | None:
    """Where the title says a claim is false (a word that calls it so, a fact check, or a rumour
    it clarifies), so that the notice answers a rumour; not when the body states a change of its
    own, from a given day or as one that goes on, in a sentence that tells no claim ("New rules
    from 1 April: a VOEC number is required", "Acceptance remains suspended")."""
    denied = _title_denied(doc, rumours, denials)
    if denied is None:
        return None
    # (a sentence that also says what stays, "the 19% rate in force since 1 January remains
    # unchanged", tells no change)
    marks = [m.start for m in (rumours or []) + (denials or [])]
    marks += [v.start for v in votes if v.kind == "informational"]
    for v in votes:
        # (a rumoured or denied change weighs far less: "claims that we stopped ...")
        if v.kind != "informational" and v.weight >= _TOLD_WEIGHT and not doc.in_title(v.start):
            a, b = doc.sentence_of(v.start)
            if not any(a <= p < b for p in marks) and (
                v.continued or _TOLD_IN_FORCE.search(doc.norm, a, b)
            ):
                return None  # the change told plainly
    return denied


def _title_denied(
    doc: Doc, rumours: list[Match] | None, denials: list[Match] | None
) -> tuple[int, int] | None:
    """The words of the title that call a claim false."""
    for m in denials or ():
        if doc.in_title(m.start) and (
            m.key.lower() not in _TITLE_WEAK_DENIALS
            # "reports of a suspension are incorrect": what the weak word says is false is a
            # claim the title names
            or (
                _CLAIMS_ARE.search(doc.norm, max(0, m.start - _CLAIMS_REACH), m.start) is not None
                # not "Reports of a surcharge are unfounded, but parcels face delays"
                and _CONTRAST_AFTER.search(doc.norm, m.end, doc.title_end) is None
            )
        ):
            return m.start, m.end
    own = _TITLE_DEBUNKS.search(doc.norm, 0, doc.title_end)
    if own is not None:
        return own.span()
    told = [m for m in rumours or () if doc.in_title(m.start)]
    if told and _CLARIFICATION.search(doc.norm, 0, doc.title_end):
        return told[0].start, told[0].end
    return None


# A sentence that opens by pointing back at the one before: "This is not true", "Це не ..."
_POINTS_BACK = lazy_compile(
    r"[^\w]*(?:this|that|these claims|these reports|it|це|это|das|dies|c'est|cela|ceci|esto|eso|"
    r"cio|questo|dit|cette|ces|cet|esta|este|estas|estos|questa|queste|essa|esse|diese|dieser|"
    r"deze)\b\s*|"
    # Malay and Indonesian "Laporan tersebut adalah tidak benar" (the report is not true), "Ini
    # ...", Tagalog "Ito ay hindi totoo"
    r"[^\w]*(?:(?:laporan|berita|maklumat|informasi|mesej|pesan|dakwaan|khabar) "
    r"(?:tersebut|itu|ini)|ini|itu|ito|ang balitang ito|ang impormasyong ito)\b\s*|"
    # "We wish to state categorically that the claim is false"
    # (or "The Department of Posts clarifies that this message is FAKE")
    r"[^\w]*(?:we (?:wish|would like|want) to (?:state|clarify|stress|inform \w+)(?: \w+)? "
    r"that |(?:the )?(?:[^\W\d_]+ ){1,5}(?:clarifies|clarified) that )?"
    r"(?:the|this|these|such) (?:claims?|reports?|messages?|posts?|information|news|"
    r"rumou?rs?)\b\s*|[^\w]*(?:经核实|經核實|经查|經查|该|該|此|这|這|これは|이는|هذا|هذه)\s*|"
    # "Os CTT esclarecem que esta informação ...", "Correos aclara que dicha información ...",
    # "La Poste précise que cette information ..."
    r"[^\w]*(?:[^\W\d_]+ ){1,5}(?:esclarece|esclarecem|aclara|aclaran|precisa|precisan|"
    r"precise|precisent|chiarisce|chiariscono) (?:que|che) (?:esta|essa|tal|dicha|esa|cette|"
    r"questa|tale|a|la|l') ?(?=(?:informacao|informacion|informazione|information|noticia|"
    r"notizia|publicacao|publicacion)\b)|"
    # Vietnamese "Vietnam Post khẳng định đây là ..." (affirms this is), as normalised
    r"[^\w]*(?:[^\W\d_]+ ){0,8}(?:khẳng định|cho biết|xac nhận) (?:rằng )?(?:đay|đo) la\b\s*|"
    # Bengali "ডাক অধিদপ্তরের পক্ষ থেকে জানানো যাচ্ছে যে, এই তথ্য ..." (it is told that this
    # information ...)
    r"[^\w]*(?:\S+\s+){0,6}?(?:জানানো যাচ্ছে যে,?\s+)?(?:এই|উক্ত)\s+(?=তথ্য|সংবাদ|খবর)|"
    # Turkish "Söz konusu iddialar ..." (the said claims), "Bu iddialar / haberler ..."
    r"[^\w]*(?:soz konusu|bu|soz konusu bu) (?:iddialar|haberler|paylas[iı]mlar|bilgiler)\b\s*"
)


# "any" and up to two words of size before the change word: "do not expect any significant
# delays"
_ANY_SOME = lazy_compile(
    r"\bany (?:(?:significant|major|serious|substantial|considerable|notable|noticeable|"
    r"further|additional|unusual|extended|long|longer|lengthy|large|big) ){1,2}$"
)


def _any_denied(doc: Doc, near: list[Match], start: int) -> bool:
    """ "any" right before a stop, with a negation earlier in its clause, says there is none."""
    if not doc.norm.startswith("any ", max(0, start - 4)) and not _ANY_SOME.search(
        doc.norm, max(0, start - 40), start
    ):
        return False
    return any(m.value == "negation" and _words_between(doc, m.end, start) <= 10 for m in near)


def _negates(doc: Doc, neg_start: int, neg_end: int, start: int) -> bool:
    """A negation right before the change word, or before a report of it, or "no" before the
    subject of a passive ("no shipments have been suspended"). The first part of a compound
    ("Nicht-EU-Länder", "non-EU countries") negates nothing."""
    if doc.full.startswith(("-", "\u2011"), neg_end):
        return False
    if neg_start > 1 and doc.norm[neg_start - 1] == "'" and doc.norm[neg_start - 2].isalpha():
        return False  # Turkish "Birleşik Arap Emirlikleri'ne" (to the UAE): a case ending, no "ne"
    if doc.norm.startswith("no ", neg_start) and doc.norm[neg_end + 1 : neg_end + 2].isdigit():
        return False  # Latvian "No 1. aprīļa" (from 1 April), "No. 5": no "no"
    if doc.norm[start : doc.norm.find(" ", start)] in _NO_DETERMINERS:
        # "ne seront pas livrés et aucun nouvel article ne sera accepté": the stop holds its
        # own "no"; a negation before it is another verb's
        return False
    written = doc.full[neg_start:neg_end]
    if (
        written.isupper()
        and (
            "/" in doc.full[max(0, neg_start - 1) : neg_end + 1]
            # (not a heading in capitals: "NIE WYSYŁAJ")
            or (written == "NIE" and not doc.full[neg_end : neg_end + 3].strip().isupper())
        )
    ):
        # "NIF/NIE van ontvanger verplicht", "het NIE van de ontvanger": Spain's number for
        # foreigners, no "not"
        return False
    if doc.norm[neg_start:neg_end] in _NO_DETERMINERS:
        # "aucune suspension n'a été notifiée"; not "aucun colis ne peut être envoyé" (the
        # stop holds its own "ne"), "nessuna deroga al divieto" (another noun's); but "aucune
        # administration postale n'a suspendu": no one has done it
        words = _words_between(doc, neg_end, start)
        return words == 0 or (
            words <= 10
            and _NONE_HAS_DONE.search(doc.norm, neg_end, start) is not None
            and _SENTENCE_MARK.search(doc.norm, neg_end, start) is None
        )
    if doc.full[neg_start:neg_end] in _ZH_NO_NEED:
        # "无需暂停发货": "no need to" negates the verb right after it, in its own clause, not
        # a stop told after a full stop ("客户无需担心。寄往法国的包裹暂停收寄。")
        return start - neg_end <= 4 and not _ZH_CLAUSE_MARK.search(doc.full, neg_end, start)
    if _NOT_WITHOUT.match(doc.norm, neg_start) or _NOT_WITHOUT_END.search(
        doc.norm, max(0, neg_start - 8), neg_end
    ):
        return False  # "nicht ohne Zollinhaltserklärung", "not without": only with it
    if doc.norm[neg_start:neg_end] in _WITHOUT and (
        _VERB_BETWEEN.search(doc.norm, neg_end, start)
        # "ohne Zolldaten nicht angenommen": the refusal holds its own negation, and "without"
        # names the paperwork it lacks (limits._data_refused makes it a requirement)
        or (
            _OWN_NEGATION.search(doc.norm, start, start + 12) is not None
            and _WITHOUT_BEFORE.search(doc.norm, neg_start, start) is not None
        )
    ):
        return False  # "ohne Genehmigung ist nicht mehr zulässig": "without" takes only its noun
    words = _words_between(doc, neg_end, start)
    bracket = doc.full.rfind("(", neg_end, start)
    if bracket >= 0 and " " not in doc.full[bracket:start]:
        words -= 1  # "no customs declaration (CN22/CN23)": the bracket names what is negated
    if (
        words <= 7
        and " " in doc.norm[neg_start:neg_end]
        and not _CLAUSE_MARK.search(doc.full, neg_end, start)
        and not _KEPT_AFTER_GAP.search(doc.norm, neg_end, start)  # "... in danger and mail"
    ):
        return True  # "At no time was the acceptance of mail suspended"
    if words <= 2 or (words <= 5 and _REPORTED.search(doc.norm, neg_end, start) is not None):
        return True
    return (
        words <= 5
        and _CLAUSE_OPENS.search(doc.norm, max(0, neg_start - 8), neg_start) is not None
        and _NO_SUBJECT.match(doc.norm, neg_start, start) is not None
    )


# "no" as a determiner of French, Portuguese, Italian, Spanish (folded): it negates only its noun
_NO_DETERMINERS = frozenset(
    ("aucun", "aucune", "nenhum", "nenhuma", "nessun", "nessuna", "nessuno", "ningun", "ninguna")
)
# French "(no one) has" right before the change word: "n'a", "n'ont" (not across a comma:
# "aucune administration n'a, à ce jour, suspendu" is two clauses and stays unread)
_NONE_HAS_DONE = lazy_compile(r"\bn'(?:a|ont|avait|avaient)\s+(?:ete\s+)?$")
_SENTENCE_MARK = re.compile(r"[.;:!?\n]")
_ZH_NO_NEED = frozenset(("无需", "無需", "无须", "無須", "不必"))
_ZH_CLAUSE_MARK = re.compile(r"[。！？；，、,.!?;:：\n]")
_WITHOUT = frozenset(("without", "ohne", "sans", "sin", "senza", "zonder", "sem", "без"))
# a negation of "without" ("nicht ohne", "not without", "pas sans"), read from either word
_NOT_WITHOUT_WORDS = rf"(?:not|nicht|pas|non|no|niet|nao|не) (?:{'|'.join(sorted(_WITHOUT))})"
_NOT_WITHOUT = lazy_compile(rf"{_NOT_WITHOUT_WORDS}\b")
_NOT_WITHOUT_END = lazy_compile(rf"\b{_NOT_WITHOUT_WORDS}$")
# a refusal that holds its own negation ("nicht angenommen", "ya no son aceptados")
_OWN_NEGATION = lazy_compile(r"\b(?:nicht|not|ne|n'|non|no|nao|niet)\b")
_VERB_BETWEEN = lazy_compile(
    r"\b(?:is|are|was|were|will|ist|sind|war|waren|wird|werden|est|sont|sera|seront|es|son|"
    r"seran|sono|sara|saranno|zijn|wordt|worden|sao|serao)\b"
)


# Where a clause opens: not "Decree No 236", "due to no flights", "with no flights"
_CLAUSE_OPENS = lazy_compile(r"(?:^|[.,;:!?\n(]\s*|\b(?:and|but|so|und|aber)\s+)$")


# "no" / "kein" before a subject of up to three words and the auxiliary of a passive, up to
# the change word: "no shipments have been suspended", "keine Sendungen wurden gestoppt"
_NO_SUBJECT = lazy_compile(
    r"(?:no|kein|keine|keinen|none of the)\s+(?!\d)(?:[\w'-]+\s+){1,3}?"
    r"(?:(?:has|have|had|is|are|was|were|will|would|shall|could|can)\s+(?:(?:be|been|being)\s+)?"
    r"|(?:wurden|wurde|werden|wird|sind|ist)\s+)$"
)
# Said not to change, earlier in its sentence: "This message does not change the duty rates or
# the duty methodologies (ad valorem or specific duty per item)".
_KEPT_BEFORE = word_start(
    r"\b(?:does|do|will|did|shall|would)(?: not|n't) (?:change|alter|modify)\b|"
    r"\bno changes? (?:to|in|of)\b|\bandert (?:sich )?(?:\w+ )?nichts\b|"
    r"\bne (?:modifie|change) pas\b|\bno modifica\b|\bnon modifica\b|"
    r"\b(?:wijzigt|verandert) (?:\w+ )?niets\b|"
    # still exempt from the duty named after it: "siguen exentas de impuestos", "continúan
    # exentos del pago de impuestos", "continuam isentas de imposto"
    r"\b(?:siguen|continuan|seguiran|continuaran|permanecen) (?:(?:estando|siendo) )?exent[oa]s\b|"
    r"\b(?:continuam|permanecem|seguem) (?:a ser )?isent[oa]s\b"
)


def _kept_before(doc: Doc, start: int) -> bool:
    """ "Does not change" earlier in the clause of ``start``, with nothing between them that
    starts another clause ("Delivery times do not change, but from 1 July duties apply")."""
    a = doc.sentence_of(start)[0]
    found = list(_KEPT_BEFORE.finditer(doc.norm, a, start))
    kept = found[-1] if found else None
    if kept is None or start - kept.end() > 100:
        return False
    return _KEPT_BREAK.search(doc.norm, kept.end(), start) is None and (
        _CONTRAST_WORD.search(doc.norm, kept.end(), start) is None
    )


# ... or later in it, as German and Dutch put it: "Die Höhe der Zölle ändert sich dadurch nicht"
_KEPT_AFTER = lazy_compile(
    r"\b(?:andert|andern) sich (?:\w+ )?nicht\b(?! nur)|\bbleib(?:t|en) (?:\w+ )?unverandert\b|"
    r"\b(?:remains?|stays?) unchanged\b|"
    # a threshold or a rate that stays where it was: "remains at 75 dollars"
    r"\b(?:remains?|stays?|will (?:remain|stay)) (?:at\b|(?=[\d$\u20ac\u00a3]))|"
    r"\bbleib(?:t|en) bei\b|"
    r"\bse mantiene(?:n)? en\b|(?<!\w)(?:נותר|נותרת|נותרו|נשאר|נשארת|נשארים)(?!\w)|"
    r"\b(?:verandert|veranderen|wijzigt|wijzigen) (?:\w+ )?niet\b(?! alleen)"
)
# another subject between: "... erforderlich und der Preis ändert sich nicht"
_KEPT_AFTER_GAP = lazy_compile(r"\b(?:und|and|en|et|y|e|oder|or|but|aber|maar|mais)\b")


def _kept_after(doc: Doc, end: int) -> bool:
    stop = _CLAUSE_MARK.search(doc.norm, end, end + 80)
    limit = stop.start() if stop else min(len(doc.norm), end + 80)
    limit = min(limit, doc.sentence_of(end)[1])
    kept = _KEPT_AFTER.search(doc.norm, end, limit)
    return kept is not None and not _KEPT_AFTER_GAP.search(doc.norm, end, kept.start())


def _in_a_name(doc: Doc, start: int, end: int) -> bool:
    after = _NAME_AFTER.match(doc.full, end)
    if after and (after.group(0).strip(" )")[:1].isupper() or not doc.full[start].isupper()):
        # "STOP Act", "(STOP) Act" are names; "nicht mehr Teil" (German nouns are capitalised)
        # is membership
        return True
    if "《" not in doc.full:
        return False
    opened = _BOOK_TITLE.search(doc.full, max(0, start - 60), start)
    if opened is None or opened.group(0)[0] != "《":
        return False
    # a list the notice publishes is its words' own rule: "发布《禁止携带、寄递进境的动植物及其
    # 产品名录》" (publishes the list of what may not be mailed in), or the list in its title;
    # not the standing list a courier notice cites ("遵守《禁止寄递物品指导目录》")
    closed = doc.full.find("》", end, end + 80)
    if closed < 0 or not doc.full.endswith(_LIST_NAMES, end, closed):
        return True
    opened_at = opened.start()
    if doc.in_title(opened_at):
        return False
    sentence_start = doc.sentence_of(opened_at)[0]
    return (
        _PUBLISHED.search(doc.full, max(sentence_start, opened_at - 30), opened_at) is None
        and _REVISED_AFTER.match(doc.full, closed + 1) is None
    )


# The "in case of" conditions that also mean "as for" before the mail or a place
_CASE_OF_KEYS = frozenset(("в случае", "w przypadku", "en caso de", "em caso de", "in caso di",
                           "en cas de", "im fall", "im falle", "in geval van", "i händelse av",
                           "i handelse av"))  # fmt: skip
_CASE_OF_SUBJECT = lazy_compile(
    r"\s*(?:(?:с|со|z|ze)\s|(?:отправлен|посыл|почтов|przesył|przesyl|paczk|"
    r"envío|envio|paquete|remessa|encomenda|spedizion|pacch|envoi|colis|sendung|paket|zending|"
    r"pakket|försändelse|forsandelse))"
)


# what opens an aside right before it: a dash, a comma, a bracket
_ASIDE_OPENS = re.compile(r"[\u2013\u2014,(-]\s*$")


def _is_condition(doc: Doc, m: Match, clause_start: int) -> bool:
    """ "Should" opens a condition at the head of its clause or before its subject ("Should
    the situation change", "we will update you should any restrictions arise"); "customers
    should expect delays" is advice about a real delay."""
    if m.key in _CASE_OF_KEYS:
        # "В случае с США приём приостановлен", "w przypadku przesyłek do USA": "as for" the
        # mail or place named next, no condition ("в случае забастовки" still is one)
        return _CASE_OF_SUBJECT.match(doc.norm, m.end) is None
    if m.key == "whether" and doc.norm.startswith(" or not ", m.end):
        # "vapes – whether or not they contain nicotine – are banned": an aside, either way, so
        # no condition ("reviewing whether or not vapes should be banned" still is one)
        return not _ASIDE_OPENS.search(doc.full, max(0, m.start - 3), m.start)
    if m.key == "once":
        # "is once again suspended", "once more delayed": no condition ("once the strike ends")
        return not doc.norm.startswith((" again", " more"), m.end)
    if m.key != "should":
        return True
    if not doc.norm[clause_start : m.start].strip():
        return True
    nxt = doc.norm[m.end : m.end + 20].split()
    return bool(nxt) and nxt[0] in _INVERTED_SUBJECTS  # "... should any restrictions arise"


# What ends the reach of "does not change": a colon or semicolon, or a comma before a new
# dated clause ("this does not change how you pay postage, from 1 March Australia will ..."),
# not the commas of the list it governs ("the duty rates, the methodologies or the threshold")
_KEPT_BREAK = lazy_compile(rf"[;:]|,\s*(?:{_START_WORDS})\b")
