"""What a notice is about besides sending: closures, jobs, figures, other services,
transport, reminders of standing rules, webinars and bills, and the title's own topic.
"""

from __future__ import annotations

import re

from monitor.classify import lexicon
from monitor.classify.items import MONTH
from monitor.classify.kinds.phrases import (
    _ACCEPTANCE,
    _FIGURE,
    _START_WORDS,
    _STOPS,
    _TOLD_IN_FORCE,
    RELEVANT_SCORE,
    RULE_KINDS,
    TITLE_REMINDER,
    TOLD_WITH_DAY,
    dated_span,
)
from monitor.classify.kinds.unchanged import _CHANGE_IN_TITLE, LEAD_CHARS
from monitor.classify.kinds.votes import Vote
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match
from monitor.classify.text import DATE_LINE, DATE_LINE_WORDS, Doc, breadcrumbs, in_spans
from monitor.classify.wordstart import by_first_letter, word_start


def _starts_on_date(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence gives the day the change takes effect, after ``end``, and does not
    only expect or plan it before ``start`` ("Posti expects deliveries to resume from 11 March")."""
    a, b = doc.sentence_of(start)
    return _STARTS_ON.match(doc.norm, end, b) is not None and not _EXPECTED.search(
        doc.norm, a, start
    )


_EXPECTED = word_start(
    r"\b(?:expect\w*|plan\w*|hope\w*|aim\w*|intend\w*|anticipat\w*|forecast\w*|likely|"
    r"erwart\w*|plan\w*|prevo\w*|espera\w*|prev[eé]\w*)\b"
)


# A stop of the means of transport, not of the mail: mail waits for the next departure.
_TRANSPORT = by_first_letter(
    r"(?:flights?|ferry|ferries|ferry connections?|sailings?|air links?|airlines?|vessels?|"
    r"trains?|rail services?|vols?|liaisons?|traversees?|fluge|flugverbindungen?|fahren?|"
    r"fahrverbindungen?|vuelos?|voli|volo|traghetti|traghetto|vluchten|vlucht|veerboot|"
    r"veerdiensten|voos?|balsas?|реисы|реисов|авиареисы|авиареисов|авиасообщение|авиасообщения|"
    r"авиасообщении|авіасполучення|полетов|полеты|польотів|польоти|flugverkehrs?|luftverkehrs?|"
    r"авіареиси|реиси|航班|フライト|運航|połaczen lotniczych|polaczen lotniczych|lotow|"
    r"loty|lety|letu|ucus\w*|airspace|air space|airports?|luftraum[s]?|flughafen|"
    r"espace aerien|espacio aereo|spazio aereo|luchtruim|"
    r"espaco aereo|воздушное пространство|повітрянии простір|空域|領空|"
    r"ports|seaports?|container handling|container terminals?|hafen|häfen|puertos|porti|"
    r"havens|sadamates|sadamad|sadamate|logistikakeskustes|logistikakeskused|pristavech|"
    r"pristavy|港湾|港口|linehaul|line-haul|line haul|trucks?|lorry|lorries|road traffic|"
    r"lkw|camions?|straßenverkehr|strassenverkehr|bahnverkehr|"
    r"zugverkehr|schienenverkehr|fährverkehr|fahrverkehr|zugverbindungen|fährverbindungen|"
    r"air traffic|air navigation|trafic aerien|navigation aerienne|trafico aereo|"
    r"traffico aereo|luchtverkeer|trafego aereo|"
    # road, rail and air traffic in Central and Northern Europe (not bare Croatian "promet",
    # which is also the post's own: "poštanski promet je prekinut")
    r"cestovni promet|zracni promet|zeljeznicki promet|trajektni promet|"
    r"promet na (?:\w+ )?(?:cest\w*|autocest\w*|dionic\w*|granic\w*)|drumski saobracaj|"
    r"vazdusni saobracaj|zeleznicki saobracaj|silnicni doprava|zeleznicni doprava|"
    r"letecka doprava|ruch drogowy|ruch lotniczy|ruch kolejowy|tieliikenne|lentoliikenne|"
    r"junaliikenne|vagtrafik|flygtrafik|tagtrafik|vejtrafik|flytrafik|veitrafikk|flytrafikk|"
    r"togtrafikk|kozuti forgalom|legi forgalom|vasuti forgalom|keliu eismas|oro eismas|"
    r"traukiniu eismas|"
    # sea lines and roads ("la suspensión de la línea marítima Algeciras–Ceuta", "as vias de
    # acesso encontram-se interrompidas")
    r"navegacion|navegacao|linea maritima|lineas maritimas|linha maritima|"
    r"vias de acesso|estradas|carreteras|"
    r"شركات الطيران|الرحلات الجوية|الرحلات|رحلات|الطيران|"
    # Persian flights and airspace, in the normal form ("توقف پروازهاي خارجي")
    r"پرواز\w*|حريم هوايي)"
)
_TRANSPORT_BEFORE = word_start(rf"\b{_TRANSPORT}\b")
_TRANSPORT_AFTER = lazy_compile(
    rf"\s*(?:of|de|des|du|der|di|dei|delle|van|из|реисов)?\s*(?:the|les|los|las|die|i|le)?\s*"
    rf"(?:[^\W\d_]+\s+)?{_TRANSPORT}\b"
)
# What every match of _TRANSPORT_AFTER ends with: a window without it needs no costlier try
# of the many ways that pattern can start.
_TRANSPORT_WORD = lazy_compile(rf"{_TRANSPORT}\b")
_MAIL_BEFORE = word_start(
    r"\b(?:mail|parcels?|letters?|items?|shipments?|acceptance|post|courrier|colis|envois?|"
    r"sendungen|pakete|briefe|annahme|envios?|paquetes?|spedizioni|pacchi|zendingen|pakketten|"
    r"encomendas|postagens|objetos|отправлени\w*|посыл\w*|прием|приём|відправлен\w*|"
    # Czech, Slovak, Croatian, Serbian, Slovenian, Polish items (normalised): "Letecká doprava
    # zásilek do USA je pozastavena" stops the items, not the flights
    r"zasil\w*|posiljk\w*|posiljak\w*|przesył\w*|przesyl\w*|paczk\w*|paczek|balik\w*|"
    r"邮件|郵件|"
    r"郵便|包裹)\b"
)


def _transport_stop(doc: Doc, clause_start: int, start: int, end: int) -> bool:
    before = doc.norm[clause_start:start]
    # the means of transport first: most clauses name none, and then no word of mail matters
    found = _TRANSPORT_BEFORE.search(before)
    transport_before = found is not None and not (
        # "because the ports in Yemen are closed we have suspended all services": the cause
        _CAUSE_BEFORE.search(before, 0, found.start()) and _WE_STOP.search(before, found.end())
    )
    after = None
    if not transport_before and _TRANSPORT_WORD.search(doc.norm, end, end + 40):
        after = _TRANSPORT_AFTER.match(doc.norm, end, end + 40)
    if not transport_before and after is None:
        return False
    if _MAIL_BEFORE.search(before) or _MAIL_BEFORE.search(doc.norm, start, end):
        return False  # "flights restarted and we are accepting parcels again": the mail
    if _MAIL_OBJECT.match(doc.norm, end):
        # "... прекращением авиасообщения Почта России приостанавливает приём отправлений":
        # the stop's own object is the mail, whatever the cause before it
        return False
    return transport_before or (
        after is not None and not _MAIL_BEFORE.search(doc.norm, end, after.end())
    )


def _counted(doc: Doc, matches: list[Match], links: list[tuple[int, int]]) -> list[Match]:
    """The topic words that take part in the decision: in the title or focus, not in a list
    of links to other pages, and not part of a web address ("Stamps.com", "jobs.example.org")."""
    return [
        m
        for m in matches
        if doc.counts(m.start)
        and not (links and in_spans(m.start, links))
        and not _IN_ADDRESS.match(doc.full, m.end)
        and doc.full[m.start - 4 : m.start].lower() != "www."
    ]


# What follows a word that is part of a web address: "Stamps.com", "jobs.post.ch", "stamps.de"
# (not "new jobs.We are ...", two sentences run together)
_IN_ADDRESS = lazy_compile(r"\.(?:(?i:com|org|net|gov)\b|[a-z]{2,}\.[a-z]{2,}\b|[a-z]{2}\b)")


def _delay_beside(doc: Doc, matches: list[Match], start: int) -> bool:
    """A word of delay in the sentence of ``start`` or the next: the restriction of transport
    is its cause ("due to flight restrictions, shipments may be delayed"; "Flight restrictions
    remain. Items may be delayed."), not a limit of what may be sent ("due to airline
    restrictions, the maximum weight is now 5 kg")."""
    a, b = doc.sentence_of(start)
    n = len(doc.full)
    if b < n:
        c, b = doc.sentence_of(b)
        while b < n and not doc.full[c:b].strip():  # the next sentence past a blank line
            c, b = doc.sentence_of(b)
    return any(a <= m.start < b and m.value == "delay" for m in matches)


def _restricted_mail(norm: str, end: int) -> bool:
    """ "restrictions on all shipments": mail as what the restriction is on."""
    return (
        _ON_AFTER.match(norm, end) is not None
        and _MAIL_BEFORE.search(norm, end, end + _OBJECT_REACH) is not None
    )


_OBJECT_REACH = 25
_ON_AFTER = lazy_compile(
    r"\s+(?:on|for|to|of|affecting|auf|fur|sur|pour|de|des|para|per|su|sulle|sui|op|voor|"
    r"na|на|для)\b"
)
# a word of mail as the object right after the verb, past articles: "suspends acceptance of",
# "приостанавливает приём", "suspend l'acceptation des colis"
_MAIL_OBJECT = lazy_compile(
    r"\s+(?:(?:the|all|of|de|du|des|la|l'|les|el|los|las|die|der|den|das|von|il|lo|gli|"
    r"temporarily|temporairement|temporalmente|vorübergehend|vorubergehend|временно|тимчасово)\s+)*"
    r"(?:mail|parcels?|letters?|items?|shipments?|acceptance|courrier|colis|envois?|"
    r"acceptation|admisi[oó]n|sendungen|pakete|briefe|annahme|envios?|env[ií]os|paquetes?|"
    r"spedizioni|pacchi|accettazione|zendingen|pakketten|encomendas|отправлени\w*|посыл\w*|"
    r"при[её]м\w*|відправлен\w*|приймання)\b"
)
_CAUSE_BEFORE = word_start(r"\b(?:because|as|since|due to|wegen|weil|da|car|porque|poiche|omdat)\b")
_WE_STOP = word_start(r"\b(?:we|wir|nous|hemos|abbiamo|wij|we've)\b")


# German "Zoll" is the duty and the customs office: "der Zoll warnt", "erinnert der Zoll",
# "beim Zoll", "beim italienischen Zoll" name the office; "der Zoll beträgt 3 Euro", "dem Zoll
# unterliegen" name a duty
_OFFICE_BEFORE = lazy_compile(r"\bbeim\s+(?:\w+en\s+)?$")
# verbs of the office, read on normalised text (no umlauts): "warnt", "rät", "erinnert"
_OFFICE_VERBS = (
    r"(?:warnt|warnte|weist|informiert|erinnert|rat|bittet|kontrolliert|empfiehlt|meldet|"
    r"beschlagnahmt|beschlagnahmte|stellte|zieht|zog|erwartet|leitete|pruft|prufte|fordert|"
    r"appelliert|startet|veroffentlicht|stellt|nimmt|nahm|beschaftigt)"
)
_OFFICE_AFTER = lazy_compile(rf"\s+{_OFFICE_VERBS}\b")
_OFFICE_VERB_BEFORE = lazy_compile(rf"\b{_OFFICE_VERBS}\s+der\s+$")  # "erinnert der Zoll"


def _customs_office(doc: Doc, start: int, end: int) -> bool:
    a, b = doc.sentence_of(start)
    if _FIGURE.search(doc.norm, a, b):
        return False  # "erhebt der Zoll eine Pauschale von 2 Euro": the charge is the news
    return bool(
        _OFFICE_AFTER.match(doc.norm, end)
        or _OFFICE_BEFORE.search(doc.norm, max(0, start - 30), start)
        or _OFFICE_VERB_BEFORE.search(doc.norm, max(0, start - 20), start)
    )


# What says where a list is kept (not "The current list of countries to which we suspended
# mail: Israel, Iran", nor "The full list of prohibited items now includes vapes")
_POINTING = lazy_compile(
    r"\b(?:published|posted|available|can be found|is found|see|visit|finden sie|abrufbar|"
    r"опубликован\w*|размещен\w*|доступ\w*|опублікован\w*|розміщен\w*|publiee?s?|disponible|"
    r"se encuentra|publicad[oa]|disponibile|pubblicat[oa]|staat op|beschikbaar|disponivel|"
    r"znajduje sie|dostepn\w*)\b"
)


def _points_to_list(doc: Doc, a: int, b: int) -> bool:
    """A sentence opened by "the current list of" that says where the list is, and does not
    give it (no colon), nor says what it now holds ("... now includes vapes")."""
    return (
        ":" not in doc.full[a:b]
        and _POINTING.search(doc.norm, a, b) is not None
        and _LIST_GROWN.search(doc.norm, a, b) is None
    )


# What a list newly holds: "now includes vapes", "дополнен вейпами"
_LIST_GROWN = lazy_compile(
    r"\b(?:now (?:includes?|contains|covers|lists)|(?:has|have) been (?:extended|expanded)|added|"
    r"дополнен\w*|расширен\w*|доповнен\w*|розширен\w*|erweitert|erganzt|umfasst jetzt|"
    r"ajoute\w*|anadid\w*|ampliad\w*|aggiunt\w*|ampliat\w*|toegevoegd|uitgebreid)\b"
)


_REMINDER = lazy_compile(
    r"[\s.:;!?]*(?:reminder\b|as a reminder|please (?:remember|be reminded)|"
    r"we (?:would like to )?remind|przypominamy|nous (?:vous )?rappelons|rappel\b|wir erinnern|"
    # the reader told to remember: "Recuerda que ...", "N'oubliez pas que ..."
    r"remember (?:that|to)|don't forget (?:that|to)|recuerda que|recuerde que|recordad que|"
    r"ricorda che|"
    r"ricordate che|ricordati che|lembre se de que|lembre se que|n'oubliez pas que|"
    r"denken sie daran|vergessen sie nicht|"
    r"zur erinnerung|recordamos|le recordamos|te recordamos|les recordamos|ricordiamo|"
    r"ti ricordiamo|vi ricordiamo|le ricordiamo|os recordamos|pour rappel|si ricorda|lembramos|"
    r"напоминаем|нагадуємо|再次提醒|提醒您|podsjecamo|podsecamo|opominjamo|pripominame|"
    r"reamintim|vi minder om|vi paminner|muistutamme|primename|atgadinam|tuletame meelde|"
    r"hatirlatiriz|hatırlatırız|υπενθυμιζουμε|напомняме|подсећамо|потсетуваме|"
    # Greek "it is reminded", Malay "are reminded", Vietnamese "we remind again", Hebrew "we
    # remind"
    r"υπενθυμιζεται|diingatkan|xin nhắc lại|אנו מזכירים|נזכיר|"
    # an operator that reminds, named first: "Pos Indonesia juga mengingatkan", "the CBSA
    # reminds", "La Poste rappelle"
    r"(?:[^\W\d]+\s+){1,3}(?:also\s+|juga\s+|aussi\s+|auch\s+|tambien\s+|anche\s+)?"
    r"(?:reminds|mengingatkan|rappelle|recuerda|ricorda|lembra|herinnert)\b)"
)
# What makes a reminder news after all: a date, "from" a day, "now", "new", "no longer",
# "tomorrow" ("We remind you that from 1 December e-cigarettes are prohibited"); a digit inside
# a Latin name ("CN22") is no date,
# one after a Chinese or Japanese letter is ("自2026年3月1日起")
_NEWS_MARK = lazy_compile(
    r"(?<![a-z\d])\d|\b(?:as of|effective|starting|now|new|a partir|ab|à partir|a compter|dès|"
    # "from" a day ("from 1 March" has its digit), not "sent from Great Britain"
    r"from (?=(?:today|tomorrow|now|next|mid|early|late|this|the (?:beginning|start|end|middle)|"
    r"monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b)|"
    # a rule just changed: "no longer", "has just", "jetzt", "adesso", "seit dieser Woche"
    r"no longer|ya no|nicht mehr|ne (?:\w+ )?plus|non (?:\w+ )?piu|nao (?:\w+ )?mais|niet meer|"
    r"has just|have just|jetzt|adesso|maintenant|teraz|seit dieser woche|since this week|"
    r"passaram a|passou a|pasaron a|paso a|started to|began to|(?:has|have) begun to|"
    # tomorrow, next week (the languages _REMINDER reads)
    r"tomorrow|next week|next month|demain|la semaine prochaine|manana|la proxima semana|domani|"
    r"la prossima settimana|amanha|ab morgen|vanaf morgen|nachste woche|volgende week|jutro|jutra|"
    r"zitra|zitrka|zajtra|sutra|jutri|de maine|imorgon|i morgen|nasta vecka|næste uge|neste uke|"
    r"huomenna|huomisesta|"
    r"ensi viiko\w*|holnap\w*|yarın\w*|yarin\w*|αυριο|rytoj|утре|сутра|завтра|наступного тижня|"
    # (not Russian "с" alone, which is also "with": "с товарным вложением"; a date has digits)
    r"desde|od dzis\w*|с сегодняшнего|з сьогодні|neu\w*|nouve\w*|nuev\w*|nuov\w*|nieuw\w*|"
    r"nov\w*|(?:с|со|з|від|od)\s+(?:понедельник\w*|вторник\w*|сред\w*|четверг\w*|пятниц\w*|"
    r"суббот\w*|воскресень\w*|завтра|понеділк\w*|вівтор\w*|серед\w*|четвер\w*|п'ятниц\w*|"
    r"субот\w*|неділ\w*|jutra|poniedzia\w*|wtork\w*|srod\w*|środ\w*|czwart\w*|piatk\w*|"
    r"piątk\w*|sobot\w*|niedziel\w*|przyszłego|przyszlego|nastepnego|następnego|следующ\w*|"
    r"наступн\w*)|"
    # "La Poste rappelle que désormais ...", "da oggi", "mulai hari ini", "last week's
    # announcement"
    r"desormais|dorenavant|da oggi|d'ora in poi|ormai|mulai|sejak|kini|sekarang|ahora|agora|"
    r"desde hoy|from today|ab heute|des aujourd'hui|yesterday|last week\w*|this week|recently)\b"
)


# A question word right before a title's stop: the rule it asks about ("what you can't send",
# "qué productos no se pueden enviar"), read on the text as written ("qué", not "que": that)
_WHAT_BEFORE = lazy_compile(
    r"\b(?:what|which|qué|quels?|quelles?|was|welche\w*|quali|quale|cosa|o que|quais|wat|welke)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_NUMBERS_NOT_DATES = lazy_compile(
    r"#\s*\d+|"  # "CSMS # 67690312 - REMINDER: ...": no date
    # the year in a law's name: "the Firearms (...) Act, 2022", "Federal Law No. 37 of 1992"
    r"\b(?:act|law|decree|ordinance|regulations?)\s*,?\s*(?:no\.?\s*\d+\s*of\s*)?(?:19|20)\d\d\b"
)


_NEWS_KINDS = ("suspension", "delay", "resumption", "prohibited_items", "restriction")


def title_reminds(doc: Doc, votes: list[Vote]) -> bool:
    """Whether the title calls the notice a reminder and names nothing new: no word of
    change of its own (a vote), and no date, "new", "from" a day or "changes" in the title or
    in the first sentence of text below it, past a breadcrumb, the title again and the date it
    was posted ("Reminder: Prohibited Items to India"; not "Reminder: customs charges for
    Norway" over "From 1 April, VAT is charged ...", the change it reminds of); a rule in force
    "since 1 January 2021" is not news."""
    title = doc.norm[: doc.title_end]
    if TITLE_REMINDER.search(title) is None or TITLE_CHANGES.search(title):
        return False
    if any(
        doc.in_title(v.start)
        and v.kind in _NEWS_KINDS
        # (not "SAG recuerda qué productos no se pueden enviar a Chile": what may not be sent)
        and _WHAT_BEFORE.search(doc.full, max(0, v.start - 40), v.start) is None
        for v in votes
    ):
        return False  # ("Reminder: mail to Chile suspended"; not "Reminder: goods need a
        # customs declaration", the rule it reminds of)
    lead = _NUMBERS_NOT_DATES.sub(" ", doc.norm[: doc.title_end] + " " + _lead_text(doc))
    # (a rule in force "since 1 January 2021" tells when it began, not that it is new)
    since = _SINCE_DATE.search(lead) is not None
    if (
        not since
        and _TITLE_DUTY_CHANGE.search(title)
        and any(doc.in_title(v.start) and v.kind == "duty_tax_change" for v in votes)
    ):
        return False  # "Reminder: duty-free allowance abolished": the change it reminds of
    return _NEWS_MARK.search(_SINCE_DATE.sub(" ", lead)) is None


# A title's verb of a duty changed: "Reminder: duty-free allowance abolished" (not "updated
# guidance", "the end of ...": a reminder of the rule)
_TITLE_DUTY_CHANGE = word_start(
    r"\b(?:introduc\w*|rais(?:e|es|ed|ing)|increas\w*|lower(?:s|ed|ing)?|reduc\w*|"
    r"abolish\w*|remov(?:e|es|ed|ing)|scrap\w*|erhoh\w*|senk\w*|abgeschafft|augment\w*|"
    r"baiss\w*|supprim\w*|aument\w*|elimin\w*|verhoog\w*|verlaag\w*|afgeschaft)\b"
)


_SINCE_DATE = lazy_compile(
    r"\b(?:since|seit|sinds|sedan|siden|depuis)\s+(?:(?:the|le|dem|den)\s+)?"
    r"(?:\d[\d./-]*(?:er|st|nd|rd|th)?(?:\s*[^\W\d_]+\.?\s*\d{4})?|[^\W\d_]+\s+\d{4})|"
    # a bare year after a word that is "since" there ("no se aceptan desde 2022")
    r"\b(?:desde|dal|od|с|від|sejak|nuo)\s+(?:el\s+|il\s+)?\d{4}\b|"
    # a date before "since" (Hungarian "2021. január 1. óta", Turkish "2021'den beri")
    r"\b\d{4}\.?\s*(?:[^\W\d_]+\s+\d{1,2}\.?\s*)?ota\b|\b\d{4}\W?(?:den|dan|ten|tan) beri\b"
)


_FROM_START = lazy_compile(
    r"\W*(?:from|as of|od|ab|vom|a partir|dal|dalla|desde|vanaf|fran|fra|"
    r"fra og med|alkaen|от|з|с|від|itibaren|de la|cu incepere)\b"
)
_NEW_WORD = lazy_compile(
    r"\b(?:new|neu|neue\w*|nouveau\w*|nouvelle\w*|nuev[oa]s?|nuov[oaie]|nieuw\w*|nowe|nowy|"
    r"nowa|nov[aeyo]|новое|новыи|новии|новые|нові)\b"
)
_LEAD_SKIPS = 4  # a breadcrumb, the title again and a date line may stand above the text


def _lead_text(doc: Doc) -> str:
    """The first sentence below the title, past the lines a page puts above its text: a
    breadcrumb, the title again, the date it was posted ("6. listopada 2025."), which tell
    nothing new of the rule."""
    title = doc.norm[: doc.title_end].strip()
    crumbs = breadcrumbs(doc)
    pos = doc.title_end + 1
    for _ in range(_LEAD_SKIPS):
        if pos >= len(doc.norm):
            return ""
        a, b = doc.sentence_of(pos)
        raw = doc.norm[a:b]
        text = raw.strip()
        starts = a + len(raw) - len(raw.lstrip())
        # (the title again may run on into the date line below it, with no stop between)
        rest = text[len(title) :].strip() if title and text.startswith(title) else text
        if not (
            not rest
            or in_spans(starts, crumbs)
            or (
                len(rest.split()) <= DATE_LINE_WORDS
                and DATE_LINE.match(rest)
                and _FROM_START.match(rest) is None  # not "Od 1 lipca 2026 r.": the change's day
                and _NEW_WORD.search(rest) is None  # nor "New: 1.3.2026"
            )
        ):
            return text
        pos = b + 1
    # (past four such lines: the sentence after them)
    return doc.norm[slice(*doc.sentence_of(pos))].strip() if pos < len(doc.norm) else ""


# "Przypominamy o zmianach w wysyłce do USA", "Reminder: changes to ...": news after all
TITLE_CHANGES = lazy_compile(
    r"\b(?:changes?|changing|zmian\w*|anderung\w*|änderung\w*|modification\w*|wijziging\w*|"
    r"cambio\w*|modific\w*|alterac\w*|alteraç\w*|изменени\w*|змін\w*|zmen\w*|valtozas\w*)\b"
)


# one word of each way _REMINDER says it, for a notice that holds none of them
REMINDER_HINTS = ("remind", "remember", "przypominamy", "rappel", "erinner", "recordamos",
                  "ricord", "lembramos", "напоминаем", "нагадуємо", "提醒", "don't forget",
                  "recuerd", "recordad", "lembre se", "oubliez", "denken sie", "vergessen sie",
                  "podsjecamo", "podsecamo", "opominjamo", "pripominame", "reamintim",
                  "minder om", "paminner", "muistutamme", "primename", "atgadinam",
                  "tuletame meelde", "hatirlatiriz", "hatırlatırız", "υπενθυμιζουμε",
                  "напомняме", "подсећамо", "потсетуваме", "υπενθυμιζεται", "diingatkan",
                  "xin nhắc lại", "מזכירים", "נזכיר")  # fmt: skip


# every match of _REMINDER holds one of these (REMINDER_HINTS and the verbs of its last
# alternative, "Pos Indonesia mengingatkan"): a bit test spares the match at each sentence
# (1.5 us: its words before a verb backtrack at every sentence start)
_REMINDER_WORDS = (*REMINDER_HINTS, "mengingatkan", "lembra", "herinnert")


def reminds(doc: Doc, start: int) -> bool:
    """Whether the sentence at ``start`` reminds of a standing rule and announces nothing new."""
    if not doc.holds_any(_REMINDER_WORDS):
        return False
    a, b = doc.sentence_of(start)
    if _REMINDER.match(doc.norm, a) is None:
        return False
    # (a stop in force "since 2022" is what it reminds of)
    return not _NEWS_MARK.search(_SINCE_DATE.sub(" ", doc.norm[a:b]))


_SHARE = lazy_compile(r"\d\s*(?:%|prozent|percent|per cent|pour cent|por ciento|per cento|procent)")
_ARRIVAL = lazy_compile(
    r"\b(?:zugestellt|ankommen|angekommen|delivered|arrive|arrives|distribu\w*|entregad\w*|"
    r"consegnat\w*|bezorgd|doręczon\w*|doreczon\w*)\b"
)


_WITHIN_DAYS = lazy_compile(
    r"\b(?:werktag\w*|arbeitstag\w*|working days?|business days?|next day|days?|tag|tagen|"
    r"jours? ouvr\w*|dias? (?:util|habil)\w*|giorn\w* lavorativ\w*|werkdag\w*)\b"
)


def _delivery_target(doc: Doc, start: int) -> bool:
    a, b = doc.sentence_of(start)
    norm = doc.norm
    return (
        _SHARE.search(norm, a, b) is not None
        and _ARRIVAL.search(norm, a, b) is not None
        and _WITHIN_DAYS.search(norm, a, b) is not None  # "am dritten Werktag", "next day"
    )


# A paper or a number only advised, in a clause that asks for nothing ("die Angabe der
# Steuernummer wird dringend empfohlen; künftig soll sie verpflichtend werden"): advice, not yet
# a requirement (the obligation after the semicolon still counts)
ADVICE_HINTS = (
    "recommend", "advis", "empfohlen", "empfehlen", "recomend", "recommand", "consiglia",
    "aanbevolen", "aangeraden", "zalec", "doporuc", "rekommender", "anbefal", "suositel",
)  # fmt: skip
_ADVICE = lazy_compile(
    r"\b(?:(?:strongly |highly )?recommended|we recommend|(?:strongly )?advised|advisable|"
    r"empfohlen|empfehlen wir|wir empfehlen|recomendad[oa]s?|se recomienda|recomendamos|"
    r"recommand\w*|consigliat[oa]|si consiglia|aanbevolen|aangeraden|zalecan[aey]|zalecamy|"
    r"doporucen[aeo]?|rekommenderas|anbefales|suositellaan)\b"
)
# ... said of something else: "as recommended by the UPU", "wie vom Weltpostverein empfohlen"
_ADVICE_OF_OTHERS = lazy_compile(r"\b(?:as|wie|zoals|comme|como|come)\s+(?:\w+\s+){0,3}$")
_OBLIGED = lazy_compile(
    r"\b(?:must|mandatory|required|requires?|needs? to|will need|needed|obligatory|compulsory|"
    r"verpflichtend|pflicht\w*|erforderlich|benotig\w*|muss|mussen|obligatoire\w*|exige\w*|"
    r"obligatori[oa]s?|necesari[oa]s?|necessari[oa]s?|debe|deben|deberan|deve|devono|moet|"
    r"moeten|nodig|verplicht\w*|wymagan\w*|obowiazkow\w*|povinn\w*)\b"
)


def advised_only(doc: Doc, start: int) -> bool:
    """Whether the clause at ``start`` (its sentence up to a semicolon or comma, a bracket
    around it left out) advises and asks for nothing."""
    a, b = doc.sentence_of(start)
    norm = doc.norm
    for mark in (";", ","):
        cut = norm.rfind(mark, a, start)
        a = a if cut < 0 else cut + 1
        cut = norm.find(mark, start, b)
        b = b if cut < 0 else cut
    if _OBLIGED.search(norm, a, b) is not None:
        return False
    for m in _ADVICE.finditer(norm, a, b):
        opened = norm.rfind("(", a, m.start())
        if opened >= 0 and norm.find(")", opened, m.start()) < 0 and opened > start:
            continue  # "(advance data recommended 24 hours before posting)": an aside
        if _ADVICE_OF_OTHERS.search(norm, max(a, m.start() - 30), m.start()):
            continue
        return True
    return False


# A start date after a change, in its sentence: "will resume ... with effect from 15th October"
_STARTS_ON = lazy_compile(
    rf"[^.\n]{{0,200}}?(?:\b(?:{_START_WORDS}|od)\b[^.\n]{{0,15}}\d|"
    # "on" with a day of the month: "will resume ... on Wednesday 3 July" (not "on 2 routes")
    rf"\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d))"
)


# Words that say "late", as opposed to "disruption", which can be a stop
_DELAY_WORD = lazy_compile(
    r"delay|verz|versp|retard|retras|ritard|vertrag|atras|задерж|затрим|opozn|försen|forsen|"
    r"forsink|延误|延迟|延誤|遅延|遅れ|지연"
)


def _title_names(doc: Doc, votes: list[Vote], kind: str) -> bool:
    """The title names this kind and no stop ("Delays in mail to Serbia"): a stop in the body
    is a detail of it (a closed road, one town cut off), not the news."""
    in_title = {
        v.kind
        for v in votes
        if doc.in_title(v.start)
        and v.weight > 0.5
        and (v.kind != "delay" or _DELAY_WORD.search(doc.norm, v.start, v.end))
    }
    return kind in in_title and "suspension" not in in_title


_SENT_WORDS = frozenset(("_mail", "_parcels", "_goods", "documents", "_service"))


def _sending_sentences(doc: Doc) -> set[tuple[int, int]]:
    """Sentences that name mail, goods or their delivery (not as part of an app's name: "郵便局
    アプリ", the post office's app); found once per notice."""
    found: set[tuple[int, int]] = doc.once("_sending_sentences", _find_sending_sentences)
    return found


def _find_sending_sentences(doc: Doc) -> set[tuple[int, int]]:
    apps = [
        (m.start, m.end)
        for m in lexicon.matches(doc, "kinds")
        if m.value == "other_services" and any(w in m.key for w in _APP_WORDS)
    ]
    return {
        doc.sentence_of(m.start)
        for m in lexicon.matches(doc, "categories")
        if m.value in _SENT_WORDS and not any(a <= m.start and m.end <= b for a, b in apps)
    }


_APP_WORDS = ("アプリ", "앱", "客户端", "應用程式")  # the app, whose name may hold "郵便"


_OBJECT_GAP = lazy_compile(
    r"(?:\s+(?:of|for|to|on|von|der|des|de|du|la|le|les|del|della|the|all|its|our|their))*\s+$"
)


# In Chinese and Japanese the object follows with no space, maybe after a product's name in
# quotes: "暂停“邮银财富·鸿锦”系列部分理财产品申购", "暂停部分理财产品"
_CJK_OBJECT_GAP = lazy_compile(r"[\u3040-\u30ff\u4e00-\u9fff“”「」『』·・\"'\s]{0,20}")


def _other_service_object(doc: Doc, end: int, other_starts: list[int]) -> bool:
    """The stop's object, right after it, is a service that sends nothing."""
    for s in other_starts:
        if end <= s <= end + 30 and (
            _OBJECT_GAP.match(doc.norm, end, s) or _CJK_OBJECT_GAP.fullmatch(doc.norm, end, s)
        ):
            return True
    return False


def _closure_sentences(
    doc: Doc, found: list[Match], place_starts: list[int] | None
) -> set[tuple[int, int]]:
    """Sentences about a holiday or opening hours that name no place and no acceptance of items
    ("There will be no collections or deliveries on Christmas Day"); none when the title names
    a place ("Service to China": "acceptance is suspended over the New Year holidays")."""
    if not found or any(p < doc.title_end for p in place_starts or ()):
        return set()
    sentences = {doc.sentence_of(m.start) for m in found}
    # "Post offices will be closed on 25 December. There will be no delivery on these days, and
    # pickups are suspended": the next sentence speaks of the same days (not "On that day the
    # strike begins too: all mail is suspended until further notice")
    for _a, b in list(sentences):
        if b < len(doc.full):
            after = doc.sentence_of(b + 1)
            if _THESE_DAYS.search(doc.norm, *after) and not _OWN_EVENT.search(doc.norm, *after):
                sentences.add(after)
    for p in place_starts or ():
        sentences.discard(doc.sentence_of(p))
    return {(a, b) for a, b in sentences if not _ACCEPTANCE.search(doc.norm, a, b)}


def _job_posting(doc: Doc, jobs: list[Match], votes: list[Vote]) -> bool:
    """Three different words of a job advertisement ("Job ID", "What you'll do", "Apply now";
    "job" and "jobs" are one) make a notice a job posting, unless its title states a change
    ("Strike at bpost: delays to Belgium" over "unions fear 1,000 jobs will go"). Words in a
    site's menu or footer ("About us | Careers | Job vacancies") do not count. Twice as many
    words make it one whatever its title says: "Customs clearance clerk" names a job, not a
    change."""
    words = {
        _JOB_WORD.get(m.key, m.key)
        for m in jobs
        if doc.counts(m.start) and doc.full.count(" | ", *doc.line_of(m.start)) < 2
    }
    if len(words) < JOB_MARKERS:
        return False
    titled = [
        v
        for v in votes
        if doc.in_title(v.start) and v.kind != "informational" and v.weight >= RELEVANT_SCORE
    ]
    # twice as many words outweigh a title that names a field of work (customs, duties,
    # paperwork: "Vámkezelési ügyintéző"), never one that states a stop, a delay or a ban
    # ("Canada Post strike: mail to Canada suspended" over a union's words about jobs)
    return not titled or (
        len(words) >= 2 * JOB_MARKERS
        and all(v.kind in ("duty_tax_change", "new_requirement") for v in titled)
    )


def _stop_beside_figures(doc: Doc, figures: list[Match], votes: list[Vote]) -> bool:
    """Whether a stop of its own stands beside figures compared year on year ("parcels to the US
    fell 40% year on year. From 29 August we suspend ..."): the figures are its background."""
    sentences = {doc.sentence_of(m.start) for m in figures}
    return any(
        v.kind in _STOPS
        and v.weight >= RELEVANT_SCORE
        and doc.sentence_of(v.start) not in sentences
        for v in votes
    )


_JOB_WORD = {"jobs": "job", "vacancies": "vacancy", "job opportunit": "job"}
JOB_MARKERS = 3  # different words of a job advertisement that make a notice one
_OWN_EVENT = word_start(
    r"\b(?:strike\w*|streik\w*|greve\w*|huelga\w*|sciopero|scioperi|staking\w*|"
    r"until further notice|bis auf weiteres|jusqu'a nouvel ordre|hasta nuevo aviso|"
    r"fino a nuovo avviso|tot nader order)\b"
)
_THESE_DAYS = word_start(
    r"\b(?:on (?:these|those) days|on that day|an diesen tagen|an diesem tag|ces jours la|"
    r"ce jour la|esos dias|ese dia|in quei giorni|in quel giorno|op deze dagen|"
    r"op die dag|nesses dias|nesse dia|в эти дни|у ці дні)\b"
)


def _other_service_sentences(
    doc: Doc, found: list[Match], place_starts: list[int] | None
) -> set[tuple[int, int]]:
    """Sentences about a service that sends nothing (cash machines, online banking, the
    website) and that name no mail, goods, delivery or place: a stop there is no stop of
    sending."""
    if not found:
        return set()
    sentences = {doc.sentence_of(m.start) for m in found if doc.counts(m.start)}
    # money sent abroad names its country as mail does: "MoneyGram transfers to Russia"
    money = {doc.sentence_of(m.start) for m in found if m.key.startswith(_MONEY_SERVICES)}
    for p in place_starts or ():
        sentence = doc.sentence_of(p)
        if sentence not in money:
            sentences.discard(sentence)
    return sentences - _sending_sentences(doc) if sentences else sentences


_MONEY_SERVICES = (
    "moneygram", "money gram", "western union", "ria money", "money transfer", "transfert d'argent",
    "transferts d'argent", "mandat postal", "mandats postaux",
)  # fmt: skip


def _after_subject(doc: Doc, start: int, subject_ends: set[int]) -> bool:
    """A place name right before the trigger ("Austria no longer accepts ...")."""
    for gap in range(0, 12):
        if start - gap in subject_ends:
            between = doc.norm[start - gap : start]
            return between.strip() in ("", "has", "now", "also")
    return False


# A title of an invitation to an online event or of a bill ("Webinar: Exportar a Estados Unidos
# ... aranceles", "Your DHL Express invoice is ready"): its words of duties, surcharges and
# places are the event's subject or the bill's lines, no change (read normalised)
_EVENT_OR_BILL_TITLE = word_start(
    r"\b(?:webinars?|webinaires?|webinario|online seminar|onlineseminar|seminario web|"
    r"invoice is (?:ready|available)|rechnung ist (?:da|verfugbar|bereit)|facture est disponible|"
    r"factura (?:ya )?esta disponible|fattura e disponibile|factuur staat klaar|"
    # an event's invitation: "Registration open: CBP Trade Week 2025"
    r"registration (?:is )?(?:now )?open|registration opens|trade week|trade symposium|conference|"
    r"workshop|atelier|taller|"
    r"symposium|e-commerce forum|"
    r"anmeldung (?:ist )?(?:jetzt )?(?:offen|geoffnet)|inscriptions? ouvertes?|"
    r"inscripciones abiertas|iscrizioni aperte|inschrijving (?:is )?geopend)\b"
)
# A title of an app's new version or of statistics ("Nueva versión de la app: seguí tus envíos
# internacionales", "Customs statistics: imports from China grew"): the app's features name
# tracking, fees and places, the figures name goods and countries (read normalised)
_RELEASE_TITLE = word_start(
    r"\b(?:new (?:version of (?:the|our) )?(?:\w+ )?app|app (?:update|release)|"
    r"nueva version de la (?:app|aplicacion)|nueva app|novo (?:app|aplicativo)|"
    r"nova versao d[ao] (?:app|aplicativo|aplicacao)|nova app|nouvelle version de l'application|"
    r"neue version der app|nuova versione dell'app|nieuwe versie van de app|"
    r"nieuw in de (?:\S+ )?app|nieuw in de \S+-app|new in the (?:\S+ )?app|"
    r"nova (?:razlicica|verzija|verze) (?:\w+ )?aplikac\w*|nowa wersja aplikacji|"
    r"sovellus uudistuu|paivita sovellus|new website|"
    # Indonesian and Malay "new version", "new app", "(comes) with new features"
    r"versi baru|aplikasi baru|hadir dengan fitur baru|dengan fitur baru|"
    r"nouveau site(?: web| internet)?|neue (?:website|webseite|internetseite)|"
    r"nueva (?:web|pagina web)|nuevo sitio web|nuovo sito(?: web| internet)?|nieuwe website|"
    r"customs statistics|tullin tilastot|tullstatistik\w*|zollstatistik\w*|anuario estadistico|"
    r"statistical yearbook|annuaire statistique|statistisches jahrbuch)\b|"
    r"\b(?:الاصدار الجديد من تطبيق|اصدار جديد من تطبيق|النسخة الجديدة من تطبيق|"
    r"نسخة جديدة من تطبيق|تحديث\S* جديد\S* لتطبيق)"
)
# A second subject or a day in the first part of such a title: "New app and new customs rules
# from 1 March", "Zollstatistik: neue Pflichtangaben ab 1. Januar"
_SECOND_SUBJECT = lazy_compile(r"\b(?:and|und|et|y|e|en|i|ja|og|och|и|і)\b")
# the words of "from" a day in a title, in more languages than _START_WORDS
_FROM_WORDS = rf"{_START_WORDS}|od|fra|fran|alates"
_TITLE_DAY = lazy_compile(rf"\b(?:{_FROM_WORDS})\s+(?:the\s+|le\s+|el\s+)?\d")
# Where a title's first part ends: "New US rules from 29 August - join our webinar"
_TITLE_PART_END = lazy_compile(r"\s[-\u2013\u2014|/]\s|[:;(\[]")


# A company's results or its annual report: its figures and its review of the year are history,
# whatever stop or duty of the year they recall ("Royal Mail Group: results for the six months
# to 30 September", "Posti Group Annual Report 2021 – CEO's review")
_REPORT_TITLE = lazy_compile(
    r"\b(?:(?:annual|half[- ]year|interim|quarterly|full[- ]year|financial|first[- ]half|"
    r"second[- ]half|q[1-4]|(?:first|second|third|fourth) quarter)(?: (?:19|20)\d\d)?"
    r"(?: financial)? results?|"
    r"results for the\b[^.:;]{0,40}?\b(?:year|quarter|half|months|weeks|period)|"
    r"(?:reports?|announces?|publishes|posts) results for (?:19|20)\d\d\b|"
    r"annual report(?: and (?:financial statements|accounts))?|trading update|trading statement|"
    r"half[- ]year(?:ly)? (?:financial )?report|jahresbericht|"
    # a regulator's report of its year ("Tätigkeitsbericht 2024: Verzollungsgebühren ...")
    r"tatigkeitsbericht|activity report|rapport d.activite|informe de actividad\w*|"
    r"geschaftsbericht|jaarverslag|rapport annuel|informe anual|relatorio anual|"
    r"relazione annuale|arsredovisning|arsrapport|vuosikertomus|raport roczny|"
    r"годовой отчет|річний звіт)\b|"
    # a Japanese summary of results ("2021年3月期 決算の概要", "決算短信")
    r"決算の概要|決算短信|決算発表|決算のお知らせ|決算について|決算説明|"
    # a quarter's or a year's results in Dutch, French, German, Spanish, Italian, Portuguese
    # ("resultaten tweede kwartaal 2025", "résultats du premier semestre")
    r"\b(?:(?:kwartaal|jaar|halfjaar)resultaten|resultaten (?:(?:eerste|tweede|derde|vierde) "
    r"kwartaal|(?:eerste |tweede )?halfjaar)|resultats (?:du (?:premier|deuxieme|troisieme|"
    r"quatrieme) trimestre|du (?:premier|second) semestre|annuels|semestriels|trimestriels)|"
    r"(?:quartals|jahres|halbjahres)ergebnis(?:se)?|resultados (?:del|do) (?:primer|primeiro|"
    r"segundo|tercer|terceiro|cuarto|quarto) (?:trimestre|semestre)|resultados anuales|"
    r"risultati (?:del (?:primo|secondo|terzo|quarto) trimestre|del primo semestre|annuali)|"
    # ... and in the Nordic languages ("Resultat for tredje kvartal 2025", "Delårsrapport")
    r"resultat for (?:første|andre|tredje|fjerde) kvartal|kvartalsresultat|delarsrapport|"
    r"bokslutskommunike|osavuosikatsaus|tilinpaatostiedote|"
    # ... and in the Baltic languages ("Latvijas Pasts 2023. gada darbības rezultāti"); a year's
    # results ("An Post Group reports 2024 results")
    r"darbibas rezultati|veiklos rezultatai|majandustulemused|resultat annuel|"
    r"(?:19|20)\d\d(?:/\d\d)? (?:financial |annual )?results|"
    # a period in the short forms of results releases ("9M24 Results", "FY2024 results")
    r"(?:[1-9]m|fy|h[12]|q[1-4]) ?(?:19|20)?\d\d (?:financial )?results|"
    # a Polish office's summary of its year ("KAS w 2024 roku – podsumowanie działań")
    r"(?:19|20)\d\d roku\W+podsumowanie|podsumowanie (?:roku )?(?:19|20)\d\d)\b|"
    # the revenue a customs or tax office collected ("Customs exceeds its 2024 revenue target",
    # "Arrecadação federal atinge R$ 2,89 trilhões", "Muitinė į biudžetą surinko 4,1 mlrd.",
    # "Dogana tejkalon planin e të hyrave"): the year's figures, whatever duties they name
    r"\b(?:revenue (?:target|collection)|collect(?:s|ed) (?:a )?record (?:\w+ )?revenue|"
    r"record revenue|(?:customs )?revenues? exceeds? (?:the )?(?:annual )?(?:plan|target)|"
    r"summari[sz]es (?:19|20)\d\d|sums up (?:19|20)\d\d|"
    r"arrecadacao\b[^:.;]{0,40}?\b(?:atinge|chega a|cresce|soma|totaliza|bate)|"
    r"recaudacion\b[^:.;]{0,40}?\b(?:alcanza|llega a|crece|suma|totaliza|supera|"
    r"al cierre de (?:19|20)\d\d)|"
    r"i (?:valstybes )?biudzeta surinko|planin e te hyrave|zolleinnahmen|recettes douanieres|"
    # Ukrainian and Russian revenue brought to the state budget
    r"надходжен\w* до (?:держ)?бюджету|поступлени\w* в (?:федеральный )?бюджет)"
)


# A start with its day ("ab Montag", "from 1 March", "from today"): a change of now, which a
# look back does not have ("Vor 30 Jahren eingestellt: Ab Montag wieder Pakete nach Libyen")
# and a report's title states beside its figures ("Zolleinnahmen: Ab 1. Juli pauschaler Zoll")
_STARTS_NOW = lazy_compile(
    rf"\b(?:{_FROM_WORDS}|des)\s+(?:the\s+|le\s+|el\s+)?(?:\d|today|"
    r"tomorrow|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|heute|morgen|sofort|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|aujourd.hui|demain|lundi|"
    r"hoy|manana|lunes|oggi|domani|lunedi|vandaag|maandag|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b|"
    r"\b(?:with immediate effect|mit sofortiger wirkung|avec effet immediat|con efecto inmediato|"
    r"until further notice|bis auf weiteres|jusqu.a nouvel ordre|hasta nuevo aviso)\b"
)


def company_report_title(doc: Doc) -> bool:
    """Whether the title announces a company's results or its annual report, and no second
    subject after them ("Half-year results and US surcharge"). Its own words decide, whatever
    the body holds; choose's ``_results_title`` instead weighs a title's figures and topic
    words against the notice's words of change."""
    m = _REPORT_TITLE.search(doc.norm, 0, doc.title_end)
    return (
        m is not None
        and not _SECOND_SUBJECT.search(doc.norm, m.end(), doc.title_end)
        # "Revenue target: excise duty on parcels rises to 20% from 1 July", "Zolleinnahmen: Ab
        # 1. Juli pauschaler Zoll": a duty changed, or a start with its day, in the title
        and _DUTY_CHANGED_IN_TITLE.search(doc.norm, 0, doc.title_end) is None
        and _STARTS_NOW.search(doc.norm, 0, doc.title_end) is None
    )


_DUTY_CHANGED_IN_TITLE = lazy_compile(
    r"\b(?:dut(?:y|ies)|tax|taxes|vat|gst|fees?|tariffs?|zoll|aliquota|excise|relief|exemption|"
    r"threshold|de minimis)\b[^.;:]{0,40}?\b(?:rises?|raised?|increases?|increased|cut|cuts|"
    r"to end|ends|abolished|scrapped|sobe|aumenta|sube|steigt|augmente)\b"
)


# A title of home postage prices ("Noi tarife pentru corespondență internă", "С 1 января
# изменятся тарифы на внутренние письма", "Αναπροσαρμογή τιμολογίων εσωτερικού", "Inland
# letter rates"): prices of mail at home, no change for mail abroad (read normalised)
_HOME_PRICES_TITLE = lazy_compile(
    r"(?=[^\n]*\b(?:tarif\w*|tariff\w*|rates?|prices?|preise?|precios?|prezzi|prijzen|precos|"
    r"ceny|cennik\w*|postage|цен\w*|тариф\w*|τιμολογ\w*|τιμες|نرخ\w*|اسعار|تعرف\w*|hinna\w*|"
    r"hinta\w*|"
    r"priser|porto\w*)\b|"
    r"[^\n]*(?:料金|资费|資費|요금))"
    r"[^\n]*(?:\b(?:domestic|inland|interne?|interna|internes|interieur\w*|nacional\w*|"
    r"binnenland\w*|inlands?\w*|внутренн\w*|внутрішн\w*|εσωτερικ\w*|krajow\w*|tuzemsk\w*|nazional\w*|"
    r"vnitrostatn\w*|kotimaan|inrikes|innenlands\w*|indenlandsk\w*)\b|اندرون\w*|المحلي\w*|"
    r"الداخلي\w*|国内|國內|국내)"
)
_ABROAD_TITLE = lazy_compile(
    r"\b(?:international\w*|internacional\w*|internazional\w*|abroad|ausland\w*|etranger|"
    r"exterior|estero|buitenland|международн\w*|міжнародн\w*|διεθν\w*|ulkomaa\w*|utrikes|"
    r"utland\w*)\b|بين الاقوامی|دولي|国际|國際|国際|국제"
)


def home_prices_title(doc: Doc) -> bool:
    """Whether the title announces prices of mail at home and names no mail abroad."""
    return (
        _HOME_PRICES_TITLE.match(doc.norm, 0, doc.title_end) is not None
        and _ABROAD_TITLE.search(doc.norm, 0, doc.title_end) is None
    )


# A look back: "Thirty years ago: mail to Kuwait resumes", "Vor 75 Jahren: ...", "On this day in
# 1991": the stop or the resumption it tells of is history (read normalised)
_NUMBER_WORDS = (
    r"(?:\d+|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]\w+)"
)
_HISTORY_TITLE = lazy_compile(
    rf"^\W*(?:{_NUMBER_WORDS} years ago|on this day in|this day in (?:postal )?history|"
    r"from the archives?|vor \d+ jahren|il y a \d+ ans|hace \d+ anos|\d+ anni fa|"
    r"\d+ jaar geleden|\d+ anos atras|ha \d+ anos)\b"
)


# Travellers' allowances: a title for travellers ("Duty-free concessions for international
# travellers", "Holiday travel: know your exemptions", "Op reis buiten de EU?") over what they
# may bring in their baggage: their duty-free limits are no rule for mail (read normalised)
_TRAVELLER_TITLE = lazy_compile(
    r"\b(?:travell?ers?|passengers?|holiday travel|op reis|reizigers|voyageurs?|viajeros?|"
    r"reisende[nr]?|viaggiatori|viajantes|resenarer|matkustajat|podroznych|calatori(?:i|lor)?|"
    r"пассажир\w*|пасажир\w*|"
    # an airline's rules "on board our flights" ("Batteries externes : nouvelles règles à bord
    # de nos vols")
    r"(?:on board|a bord|an bord|a bordo|aan boord)(?: (?:de |of )?(?:our|nos|unserer|nuestros|"
    r"nostri|onze) (?:flights|vols|fluge|vuelos|voli|vluchten)))\b"
)
_BAGGAGE = lazy_compile(
    r"\b(?:baggage|luggage|bagage|bagagem|equipaje|bagaglio|gepack|bring back|bring into|"
    r"bring with you|meenemen|mitbringen|mitnehmen|rapporter|passenger card|bagaj\w*|"
    r"багаж\w*)"
)
_MAIL_TITLE = lazy_compile(
    r"\b(?:mail|post|postal|parcels?|packages?|shipments?|colis|envois?|courrier|pakket\w*|"
    r"paket\w*|sendungen|envios?|paquetes?|pacchi|spedizioni|encomendas|remessas)\b"
)


# Mail in the body, and what says the allowances are not its rules ("do not apply to goods
# sent to you by post", "voor pakketten gelden andere regels")
_MAIL_BODY = lazy_compile(_MAIL_TITLE.pattern + r"|\b(?:senders?|sent|shipped|courier|opsturen)\b")
_NOT_FOR_MAIL = lazy_compile(
    r"\b(?:not|nicht|kein\w*|ne|pas|no|geen|niet|non|other|different|andere|autres|otras|"
    r"otros|altre|see|siehe|voir|zie)\b"
)


def traveller_title(doc: Doc, votes: list[Vote]) -> bool:
    """Whether the notice tells travellers what they may bring in their baggage: its title
    names them, no mail and no change but a duty's, and mail in its body only where the
    allowances are said not to hold for it ("Reisende aufgepasst: Einfuhrverbot für Fleisch
    ab 1. Mai" bans it; "do not apply to goods sent to you by post" keeps them apart)."""
    if (
        _TRAVELLER_TITLE.search(doc.norm, 0, doc.title_end) is None
        or _MAIL_BODY.search(doc.norm, 0, doc.title_end) is not None
        or _BAGGAGE.search(doc.norm, doc.title_end) is None
        or any(
            doc.in_title(v.start) and v.kind not in ("informational", "duty_tax_change")
            for v in votes
        )
    ):
        return False
    return all(
        _NOT_FOR_MAIL.search(doc.norm, *doc.sentence_of(m.start())) is not None
        for m in _MAIL_BODY.finditer(doc.norm, doc.title_end)
    )


# A how-to title ("How do I fill in a customs declaration form?", "How to fill in a customs
# form (CN22 and CN23)", "Do I need a customs form to mail documents internationally?"): a
# guide to rules as they stand, whose forms and papers are its subject (read normalised)
_GUIDE_TITLE = lazy_compile(
    r"\W*(?:faq\W+)?(?:how (?:to|do i|do you|can i|should i)|do i need|do you need|what do i need|"
    r"wie (?:fulle|kann|muss) ich|comment (?:remplir|envoyer|faire)|como (?:llenar|rellenar|"
    r"completar|enviar|preencher)|come (?:compilare|spedire)|hoe (?:vul|verstuur|stuur) ik)\b"
)
# A word of news in a guide's title ("How to send to the US under the new rules", "... during
# the strike"), beside the words of change that ``_CHANGE_IN_TITLE`` reads
_GUIDE_NEWS = lazy_compile(
    r"\b(?:new|neue\w*|nouve\w*|nuev\w*|nuov\w*|nieuw\w*|now|jetzt|maintenant|ahora|"
    r"after|since|during|while|suspend\w*|resum\w*|ban\w*)\b"
)


# A rule said to hold since a day ("Depuis le 1er juillet 2025, la déclaration doit ...")
_SINCE_DAY = lazy_compile(r"\b(?:since|depuis(?: le)?|seit(?: dem)?|desde(?: el)?|dal)\s+\d")


def _told_with_its_day(doc: Doc, a: int, b: int) -> bool:
    """Whether the sentence ``a:b`` tells its change with its day, as in force, or as holding
    since a day, in the forms of ``dated_span`` and of the leads' phrases ("À compter du 1er
    juillet", "until further notice", "Depuis le 1er juillet 2025")."""
    return (
        dated_span(doc, a, b)
        or _TOLD_IN_FORCE.search(doc.norm, a, b) is not None
        or TOLD_WITH_DAY.search(doc.norm, a, b) is not None
        or _SINCE_DAY.search(doc.norm, a, b) is not None
    )


def guide_title(doc: Doc, votes: list[Vote], place_starts: list[int] | None) -> bool:
    """Whether the title asks how to do something a sender does, names no place and no word
    of news, over a body that tells no stop and no change with its day or as holding now: a
    guide to the rules as they stand, however many forms it names."""
    if (
        _GUIDE_TITLE.match(doc.norm, 0, doc.title_end) is None
        or any(doc.in_title(p) for p in place_starts or ())
        or _GUIDE_NEWS.search(doc.norm, 0, doc.title_end) is not None
        or _CHANGE_IN_TITLE.search(doc.norm, 0, doc.title_end) is not None
        or _STARTS_NOW.search(doc.norm, 0, doc.title_end) is not None
    ):
        return False
    return not any(
        v.kind != "informational"
        and v.weight >= RELEVANT_SCORE
        and (v.kind not in RULE_KINDS or _told_with_its_day(doc, *doc.sentence_of(v.start)))
        for v in votes
    )


# "Now" in a look-back title: "... : mail to Iraq resumes today"
_NOW_IN_TITLE = lazy_compile(r"\b(?:today|now|heute|jetzt|aujourd.hui|hoy|ahora|oggi|vandaag|nu)\b")


def history_title(doc: Doc) -> bool:
    """Whether the title opens by looking back years ("Thirty years ago: ...") over a notice
    that starts nothing now."""
    return (
        _HISTORY_TITLE.match(doc.norm, 0, doc.title_end) is not None
        and _STARTS_NOW.search(doc.norm) is None
        # "... : mail to Iraq resumes today", "now parcels to Syria are accepted again"
        and _NOW_IN_TITLE.search(doc.norm, 0, doc.title_end) is None
    )


# A product's release: "New in Shopify Shipping: return labels ...", "Introducing Landed Cost
# 2.0", "What's new in AfterShip Tracking: May release" (not "New in 2025: ..."); read only
# where the title holds no word of a change and names no place
_PRODUCT_TITLE = lazy_compile(r"^\W*(?:new in (?!\d)\w+|what'?s new in|introducing)\b")
# A new feature of a product: "Nueva función: documentos de aduana automáticos", read only where
# no stop, ban, limit, delay or resumption stands anywhere in the text (a post's "New feature:
# live tracking" may go on to tell of one); a duty or a requirement the caller weighs as for
# any release title (told in the lead, or with its day)
_FEATURE_TITLE = lazy_compile(
    r"^\W*(?:new feature|nueva funcion(?:alidad)?|neue funktion|nouvelle fonctionnalite|"
    r"nuova funzion(?:e|alita)|nieuwe functie|nova funcionalidade|nowa funkcja)\b|"
    # ... and a new app, or what is new in one ("Nowość w aplikacji InPost Mobile: ...",
    # "Nouveau : payez vos droits dans l'appli", "... spouští novou aplikaci")
    # ("application" and "aplicación" are also those of a rule: "Nueva aplicación de aranceles")
    r"(?=[^\n]*\b(?:app|apps|appli|aplicativo|aplikac\w*|aplikace|aplikaci)\b)[^\n]*\b(?:new|"
    r"neue?|nouveau|nouvelle|nuev[oa]|nuov[oa]|nieuw\w*|nowosc|nowa|nova|novou|novo)\b"
)
_FEATURE_BEATEN = frozenset((*_STOPS, "delay", "resumption"))


def product_release_title(doc: Doc, votes: list[Vote], place_starts: list[int] | None) -> bool:
    """Whether the title announces a product's release and names no change nor place
    ("Introducing peak surcharges for the US", "What's new in Mexico customs")."""
    if any(doc.in_title(p) for p in place_starts or ()):
        return False
    first = _first_part_end(doc)
    if (
        _FEATURE_TITLE.match(doc.norm, 0, doc.title_end) is not None
        # (not with a second subject or a day, as ``release_title``: "New app and new customs
        # rules", "New app from 1 March")
        and _SECOND_SUBJECT.search(doc.norm, 0, first) is None
        and _TITLE_DAY.search(doc.norm, 0, first) is None
    ):
        return not any(v.kind in _FEATURE_BEATEN and v.weight >= RELEVANT_SCORE for v in votes)
    return _PRODUCT_TITLE.match(doc.norm, 0, doc.title_end) is not None and not any(
        doc.in_title(v.start) and v.kind != "informational" for v in votes
    )


def release_title(doc: Doc) -> bool:
    """Whether the first part of the title announces an app's new version or statistics and
    nothing else: not with a second subject or a day there ("New app and new customs rules
    from 1 March"); what follows a colon or a dash is what the app does ("seguí y pagá")."""
    end = _first_part_end(doc)
    m = _RELEASE_TITLE.search(doc.norm, 0, end)
    return (
        m is not None
        and not _SECOND_SUBJECT.search(doc.norm, m.start(), end)
        and not _TITLE_DAY.search(doc.norm, m.start(), end)
    )


_STATED_KINDS = frozenset(("suspension", "prohibited_items", "new_requirement"))


def stated_change(doc: Doc, votes: list[Vote]) -> bool:
    """A stop, ban or requirement in the lead, or a change stated there with its day ("From 1
    May the new app is the only way to pay import VAT"): news beside the app or the figures the
    title announces."""
    for v in votes:
        if (
            v.kind == "informational"
            or not v.firm
            or v.weight < RELEVANT_SCORE
            or v.start - doc.title_end >= LEAD_CHARS
        ):
            continue
        sentence = doc.sentence_of(v.start)
        if v.kind == "new_requirement" and _MADE_FOR_YOU.search(doc.norm, *sentence):
            # "From today Sendcloud creates the CN23 automatically for your shipments to
            # Switzerland": the product fills in the form, no one must do anything new
            continue
        if v.kind in _STATED_KINDS or _TOLD_IN_FORCE.search(doc.norm, *sentence):
            return True
    return False


# A product doing the paperwork itself (read normalised)
_MADE_FOR_YOU = word_start(
    r"\b(?:automatically|automaticamente|automatisch|automatiquement|automatisk|automatycznie|"
    r"automaattisesti|automaticky|automatikus(?:an)?)\b"
)


def event_or_bill_title(doc: Doc) -> list[tuple[int, int]]:
    """Where the title's first part invites to a webinar or an event or announces a bill
    ("Webinar: US tariffs explained", "Registration open: Trade Week", "Your DHL Express
    invoice is ready"), with the title's other words of the event ("CBP Trade Week:
    registration opens"), or nothing; not an aside after the change it follows ("Suspension
    of services to the USA; webinar recording available")."""
    found = list(_EVENT_OR_BILL_TITLE.finditer(doc.norm, 0, doc.title_end))
    if not found or found[0].start() >= _first_part_end(doc):
        return []
    return [m.span() for m in found]


def _first_part_end(doc: Doc) -> int:
    """Where the title's first part ends: at its first colon, dash, bar or bracket."""
    lead = _MESSAGE_NUMBER.match(doc.full, 0, doc.title_end) or _EVENT_LEAD.match(
        doc.full, 0, doc.title_end
    )
    cut = _TITLE_PART_END.search(doc.full, lead.end() if lead else 0, doc.title_end)
    return cut.start() if cut else doc.title_end


# A message's number before its title: "CSMS # 64123456 - Registration Open: ..."
_MESSAGE_NUMBER = lazy_compile(r"\s*(?:CSMS|EmIS|Msg)\s*#?\s*[\d/]+\s*[-\u2013\u2014:]\s*")
# An event's new date or a reminder of it before its title: "New date: webinar 'ICS2 ...'"
_EVENT_LEAD = lazy_compile(
    r"\s*(?:new date|rescheduled|postponed|save the date|last chance|reminder|neuer termin|"
    r"nouvelle date|nueva fecha|nuova data|nieuwe datum)\s*[-\u2013\u2014:]\s*",
    re.IGNORECASE,
)
