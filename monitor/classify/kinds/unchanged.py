"""Notices that say the rules are kept or restated ("nothing has changed", a requirement
repeated with its date): what is unchanged is no news.
"""

from __future__ import annotations

import re
from collections import defaultdict

from monitor.classify import lexicon
from monitor.classify.kinds.page import _NEWS_NOW, _STOP_GOES_ON
from monitor.classify.kinds.phrases import (
    _ACCEPTANCE,
    _DATED_CHANGE,
    _FIGURE,
    _NO_CHANGE,
    _NO_NEW_FEE,
    _OTHER_ONES,
    _START_WORDS,
    _STOPS,
    _TOLD_IN_FORCE,
    RELEVANT_SCORE,
    RULE_KINDS,
    TITLE_REMINDER,
    TOLD_WITH_DAY,
    dated_span,
)
from monitor.classify.kinds.votes import _CONTRAST_WORD, _KEPT, Vote, _place_word
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.marked_rows import marked_row_names_place, marked_rows, unmarked_rows
from monitor.classify.text import Doc, unchanged_items
from monitor.classify.wordstart import word_start

LEAD_CHARS = 320
SHORT_SENTENCE = 40  # "Nothing has changed." said on its own


# What was always so is no change: "the usual international postage is required".
_ROUTINE_KINDS = ("new_requirement", "duty_tax_change")


def _title_resumes(doc: Doc, votes: list[Vote]) -> bool:
    """A title that says a service is back, and says nothing of a stop."""
    titled = [v for v in votes if doc.in_title(v.start) and v.kind != "informational"]
    return any(v.kind == "resumption" and v.firm for v in titled) and not any(
        v.kind in _STOPS for v in titled
    )


_CLOSED = lazy_compile(
    r"\b(?:closed|geschlossen|fermée?s?|fermee?s?|cerrad[oa]s?|chius[oi]|gesloten)\b"
)


def _halted_before(doc: Doc, triggers: list[tuple[str, int, int, str]], start: int) -> bool:
    """Whether a stop, a closure or a delay that still holds is named before ``start`` in its
    table row ("Customs closed; deliveries resume 23 February") or its sentence ("operations
    stop for the strike and resume afterwards"; not "flights were suspended; mail resumes")."""
    line_a, line_b = doc.line_of(start)
    row = "|" in doc.full[line_a:line_b]
    a = max(line_a, start - 120) if row else doc.sentence_of(start)[0]
    halts = [t[1] for t in triggers if a <= t[1] < start and (t[0] in _STOPS or t[0] == "delay")]
    halts += [m.start() for m in _CLOSED.finditer(doc.norm, a, start)]
    return any(row or not _PAST_BEFORE.search(doc.norm, max(a, h - 30), h) for h in halts)


_PAST_BEFORE = lazy_compile(
    r"\b(?:was|were|had|has been|have been|had been|wurde|wurden|war|waren|a ete|ont ete|"
    r"fue|fueron|era|erano)\s+(?:[^\W\d]+\s+)?$"
)
# A notice saying it changes no rule: "this guidance does not change the rules on duty".
_RULES_KEPT = lazy_compile(
    r"\b(?:does|do|will) not change (?:the |any )?(?:rules|requirements|regulations|law)\b|"
    r"\b(?:rules|requirements|regulations|standards|allowances?|exemptions?)"
    # ("the rules for sending them abroad have not changed")
    r"(?: themselves| (?:for|on|about)(?: \w+){1,5}?)? (?:(?:have|has) not|haven't|hasn't) "
    r"changed\b|"
    # "This restriction has applied for many years and has not changed", "not a new rule"
    r"\b(?:rule|restriction|ban|prohibition|requirement)s? (?:has|have) (?:applied|been in "
    r"(?:place|force))\b[^.;]{0,80}\b(?:has|have) not changed\b|"
    r"\b(?:is|it's|this is) not a new (?:rule|restriction|ban|prohibition|requirement)\b|"
    r"\bnone of (?:the|these|our) (?:\w+ )?rules (?:have|has) changed\b|"
    r"\bnothing (?:has )?changed (?:in|to|about) (?:the |our )?(?:\w+ )?(?:rules|requirements|"
    r"regulations)\b|"
    r"\bno changes? (?:to|in) (?:the |our |these |those )?(?:existing |current )?"
    r"(?:(?:low value|shipment|import|duty|tax|gift|customs) ){0,3}(?:rules|"
    r"requirements|regulations|law|services?|arrangements|thresholds?|limits?|allowances?|"
    r"exemptions?)\b|"
    r"\bno changes? (?:have|has) been made to (?:the |our )?(?:\w+ )?"
    r"(?:code|law|rules|regulations)\b|"
    r"\b(?:pravidla|podminky|podmienky) (?:se|sa) (?:nemeni|nemenia)\b|"
    r"\b(?:andert) nichts an den (?:regeln|bestimmungen|vorschriften)\b|"
    r"\b(?:regeln|regelungen|bestimmungen|vorschriften) (?:hat|haben) sich nichts geandert\b|"
    r"\ban den (?:regeln|regelungen|bestimmungen|vorschriften) hat sich (?:\w+ ){0,4}nichts "
    r"geandert\b|"
    r"\b(?:regeln|regelungen|bestimmungen|vorschriften) bleiben (?:\w+ ){0,4}unverandert\b|"
    # "This page sets out the rules in force and introduces no changes", "no introduce novedades"
    r"\b(?:introduces no|no introduce|n'introduit aucune?|non introduce|nao introduz) (?:\w+ )?"
    r"(?:changes?|new rules|novedades|cambios|changements?|nouveautes?|novita|modifiche|"
    r"alteracoes|novidades)\b|"
    # "This correction does not create any new requirement"
    r"\b(?:does|do|will) not (?:create|introduce|impose) (?:any )?new (?:requirements?|rules?|"
    r"obligations?)\b|\bcreates? no new (?:requirements?|rules?|obligations?)\b|"
    # "dass sich an den Regeln für den Bezug von Arzneimitteln nichts geändert hat"
    r"\ban den (?:regeln|regelungen|bestimmungen|vorschriften) (?:\w+ ){0,8}nichts geandert\b|"
    # "Правила не изменились", "ninguna modificación en sus condiciones de admisión"
    r"\b(?:правила|условия) (?:\w+ ){0,3}не (?:изменились|менялись|змінилися|змінювалися)\b|"
    r"\b(?:ninguna modificacion|no hay (?:ningun )?cambios?) en (?:sus |las |los )?"
    r"(?:condiciones|normas|reglas|requisitos)\b|"
    # "die geltenden Regeln, die sich gegenüber dem Vorjahr nicht geändert haben"
    r"\b(?:regeln|regelungen|bestimmungen|vorschriften), die sich (?:\w+ ){0,4}nicht "
    r"geandert haben\b|"
    # "Mantêm-se igualmente inalteradas as regras aplicáveis", "as regras ... mantêm-se"
    r"\b(?:mantem se|ficam|permanecem)(?: igualmente)? inalterad[ao]s (?:as )?(?:regras|normas)\b|"
    r"\b(?:as )?(?:regras|normas) (?:\w+ ){0,3}(?:mantem se|ficam|permanecem)(?: igualmente)? "
    r"inalterad[ao]s\b|"
    r"\b(?:mantienen|quedan|permanecen)(?: igualmente)? (?:sin cambios|inalterad[ao]s) (?:las )?"
    r"(?:reglas|normas)\b|"
    r"\b(?:ne) (?:modifie|change) pas les (?:regles|conditions)\b|"
    r"\b(?:reglerne|reglene|reglerna|saannot) (?:er ikke ændret|er ikke endret|har inte andrats|"
    r"eivat ole muuttuneet)\b|"
    # "Reglene er de samme som i fjor" (the same as last year)
    r"\b(?:reglene er de samme|reglerne er de samme|reglerna ar (?:desamma|samma)|"
    r"the rules (?:are|remain) the same)\b|"
    # "La réglementation n'a pas changé", "les règles n'ont pas changé"
    r"\b(?:la reglementation|la regle|les regles|les conditions) (?:n'a|n'ont) pas change\b|"
    # "Le regole non sono cambiate", "Las normas no han cambiado", "As regras não mudaram",
    # "De regels zijn niet gewijzigd", "Die Regeln haben sich nicht geändert"
    r"\b(?:le regole|le norme) non sono (?:cambiate|mutate)\b|"
    r"\b(?:las normas|las reglas) no han cambiado\b|"
    r"\b(?:as regras|as normas) (?:nao mudaram|nao foram alteradas)\b|"
    r"\bde regels zijn niet (?:gewijzigd|veranderd)\b|"
    r"\bdie regeln haben sich nicht geandert\b|"
    # "Er is niets veranderd ten opzichte van eerdere jaren", "Wij zetten de regels nog eens op
    # een rij"; "ob sich die Regeln ... geändert haben. Das ist nicht der Fall"; "Reglerna för
    # dig som handlar ... är desamma som tidigare"
    r"\ber is niets veranderd (?:ten opzichte van|aan de regels|in de regels)\b|"
    r"\bzetten de regels (?:nog eens |nogmaals )?(?:voor u )?op een rij\b|"
    r"\bob sich die (?:regeln|regelungen|bestimmungen|vorschriften) (?:\w+ ){0,6}geandert "
    r"(?:haben|hat)\W+(?:das|dies) ist nicht der fall\b|"
    r"\breglerna (?:\w+ ){0,10}ar (?:desamma|samma) som (?:tidigare|forut|forr)\b|"
    # Malay and Indonesian "peraturan ... kekal tidak berubah" (the rules remain unchanged)
    r"\bperaturan (?:[\w-]+ ){0,14}?(?:kekal |tetap |masih )?tidak berubah\b|"
    r"\b(?:tiada|tidak ada) perubahan (?:pada|kepada|dalam|terhadap) peraturan\b|"
    # Greek "Οι κανόνες δεν έχουν αλλάξει" (the rules have not changed)
    r"\b(?:οι )?(?:κανονεσ|κανονισμοι|ρυθμισεισ|προυποθεσεισ) (?:δεν (?:εχουν|εχει) αλλαξει|"
    r"παραμενουν αμεταβλητ\w*)|"
    # Japanese and Chinese: "制度に変更はありません", "现行规定保持不变"
    + "|".join(
        f"{w}(?:に|には|については[、，]?(?:これまでと|従来と)?)?変更は(?:ありません|ない|ございません)|"
        f"{w}は(?:現時点で)?変更されていません"
        for w in ("制度", "規定", "規則", "ルール", "取扱い", "取り扱い")
    )
    + "|"
    + "|".join(
        f"{w}(?:保持)?不[变變]|{w}没有变化|{w}(?:並無|并无|沒有|没有)(?:變更|变更|改變|改变)"
        for w in ("规定", "規定", "规则", "規則", "政策")
    )
)
_RULES_KEPT = word_start(_RULES_KEPT)  # read over the whole text
# A page that says the rules it sets out have not changed: what follows restates them
_RULES_BELOW_KEPT = lazy_compile(
    r"\b(?:rules|requirements|regulations|conditions) (?:set out |described |listed |explained )?"
    r"(?:below|on this page|in this guide) (?:have|has) not changed\b|"
    r"\b(?:rules|requirements|regulations|conditions) (?:set out |described |listed )?"
    r"(?:below|on this page) (?:remain|are|stay) unchanged\b"
)


# A heading over what a page changed: "What's changed", "Updates to this page"
_CHANGES_HEADING = lazy_compile(
    r"(?:^|\n)[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:what['\u2019]s changed|what has changed|"
    r"updates to this page|changes to this page|change history|änderungen|was hat sich geändert|"
    r"ce qui change|wat is er veranderd)[ \t]*\n",
    re.IGNORECASE,
)  # read in the text as written: the normalised one has no line ends


# A lead that reminds of the rules: "reminding people ... that the rules have not changed"
_RULES_REMINDED = lazy_compile(
    r"\b(?:remind\w*|erinner\w*|rappel\w*|recordamos|ricordiamo|herinner\w*)\b"
)
_RULES = lazy_compile(
    r"\b(?:rules?|regeln|regelungen|bestimmungen|bedingungen|versandbedingungen|conditions|"
    r"regles|reglas|regole|regels|requirements|vorschriften|standards|normes|normas|norme|"
    r"arrangements|procedures|allowances|exemptions|thresholds)\b"
)


def _change_beside(doc: Doc, votes: list[Vote], pos: int) -> bool:
    """Whether a firm change is stated on the line (paragraph) of ``pos``: "Parcels can no
    longer be sent to the US. Letters: no change." """
    line = doc.line_of(pos)
    return any(
        v.kind != "informational"
        and v.weight >= RELEVANT_SCORE
        and line[0] <= v.start < line[1]
        and not _asked_whether(doc, v)
        for v in votes
    )


def _asked_whether(doc: Doc, vote: Vote) -> bool:
    """Whether the change word is what readers asked about: "Anfragen, ob ... eine
    Zollinhaltserklärung nötig sei. ... Es ändert sich nichts"."""
    return _ASKED_WHETHER.search(doc.norm, doc.sentence_of(vote.start)[0], vote.start) is not None


# An indirect question whether a rule holds, before its word ("ob", "whether")
_ASKED_WHETHER = lazy_compile(r"\b(?:whether|ob)\b[^.;!?]*$")


# "Otherwise the rules have not changed", "an den Regeln hat sich sonst nichts geändert"
_OTHERWISE = lazy_compile(
    r"\b(?:otherwise|apart from (?:this|that)|beyond (?:this|that)|besides|sonst|ansonsten|"
    r"daruber hinaus|davon abgesehen|par ailleurs|pour le reste|por lo demas|per il resto|"
    r"verder|voor de rest)\b"
)
# A change said to hold as of today: "parcels now need a VOEC number", "ist jetzt erforderlich"
_NOW = lazy_compile(
    # (not "until now", "como hasta ahora", "bis jetzt", "come fino ad ora": what held before)
    r"(?<!\buntil )(?<!\btill )(?<!\bup to )(?<!\bhasta )(?<!\bbis )(?<!\bate )(?<!\btot )"
    r"(?<!\bfino ad )(?<!\bfino a )"
    r"\b(?:now|jetzt|nun|neu ist|desormais|dorenavant|ahora|ora|nu|agora)\b"
)


def _dated_requirement(doc: Doc, votes: list[Vote]) -> bool:
    """Whether the requirement is stated with the day it starts, and the duties are not: a page
    that explains duties already in force around the news "from 6 October every item must carry
    electronic customs data" is about that requirement (when it is not a mere aside to them)."""
    dated: dict[str, float] = defaultdict(float)
    duty_sentences: set[tuple[int, int]] = set()
    for v in votes:
        if v.kind == "duty_tax_change":
            duty_sentences.add(doc.sentence_of(v.start))
        if v.kind in _ROUTINE_KINDS and dated_span(doc, *doc.sentence_of(v.start)):
            dated[v.kind] += v.weight
    if dated["new_requirement"] < RELEVANT_SCORE or (
        dated["new_requirement"] <= dated["duty_tax_change"]
    ):
        return False
    # the duties in force ("since 29 August", "ended"), or a title and lead with no word of
    # their change; not "Norway will abolish the exemption", "die Schweiz erhebt künftig ..."
    return any(_DUTY_PAST.search(doc.norm, a, b) for a, b in duty_sentences) or not any(
        _DUTY_NEWS.search(doc.norm, a, b)
        for a, b in duty_sentences
        if a - doc.title_end < LEAD_CHARS  # the headline's duty, not "will remit duties" below
    )


# Duties named only as what a procedure handles: "the system of record for the assessment and
# collection of duties and taxes", "released once duties and taxes have been paid"
_HANDLED_BEFORE = word_start(
    r"\b(?:assessment and collection of|assessment of|collection of|payment of|paying|pay|"
    r"collect|collects|collecting|"
    r"account for|accounting for|remit|remitting|calculate|calculating|calculation of)\s+"
    r"(?:the\s+|any\s+|all\s+|their\s+|your\s+)?(?:(?:duties|taxes|duty|tax)\s+and\s+)?$"
)
_HANDLED_AFTER = lazy_compile(
    r"(?:\s+and\s+(?:taxes|duties))?\s+(?:are|is|have been|has been|were)\s+"
    r"(?:paid|collected|assessed|calculated)\b"
)
# "we start the collection of duties on every parcel": the collection itself is new
_STARTED = word_start(r"\b(?:start\w*|begin\w*|every|all (?:items|parcels|goods|shipments))\b")


def _duties_only_handled(doc: Doc, votes: list[Vote]) -> bool:
    """Every duty the notice names is what a procedure assesses, collects or waits for, with
    no rate, threshold or word of a change to the duty itself: the procedure is the news."""
    duties = [v for v in votes if v.kind == "duty_tax_change" and v.weight >= 0.5]
    if not duties:
        return False
    for v in duties:
        a, b = doc.sentence_of(v.start)
        lo, hi = max(a, v.start - 48), min(b, v.end + 40)  # not "the new portal is ..."
        if (
            _DUTY_NEWS.search(doc.norm, lo, hi)
            or _FIGURE.search(doc.norm, lo, hi)
            or _STARTED.search(doc.norm, lo, hi)
        ):
            return False
        if not (
            _HANDLED_BEFORE.search(doc.norm, lo, v.start) or _HANDLED_AFTER.match(doc.norm, v.end)
        ):
            return False
    return True


_DUTY_PAST = word_start(
    r"\b(?:since|seit|depuis|desde|ended|has ended|have applied|has applied|already|"
    r"bereits|deja)\b"
)
_DUTY_NEWS = word_start(
    # ("new" not of a place's name: "New Zealand consumers")
    r"\b(?:new(?! (?:zealand|york|caledonia|delhi|south wales|mexico|jersey|guinea|hampshire|"
    r"brunswick))|introduc\w*|rais(?:e|es|ed|ing)|increas\w*|lower(?:s|ed|ing)?|"
    r"reduc\w*|abolish\w*|end|ends|ending|remov(?:e|es|ing)|scrap\w*|kunftig|neue\w*|"
    r"erhoh\w*|senk\w*|einfuhr(?:en|t)|abgeschafft|entfall\w*|desormais|nouve\w*|"
    r"augment\w*|baiss\w*|supprim\w*|aument\w*|nuev\w*|elimin\w*|verhoog\w*|verlaag\w*|"
    r"nieuw\w*|afgeschaft|introdu\w*|introdott\w*|nuov\w*|nov[oa]s?(?! scotia))\b"
)


# A guide's title: "Parcels to Norway: what you must note at customs", and its verb
_GUIDE_VERB = lazy_compile(
    r"(?:you )?(?:must|need|need to)|mussen|muss|needs to|have to|devez|doit|debe|moet|moeten"
)
_WHAT_YOU = word_start(r"\b(?:what you|was sie|ce que vous|lo que (?:usted|debe|necesita)|wat u)\b")


# A title word of change beyond ``_DUTY_NEWS``: "US tariff changes", "调整进境物品进口税"
_CHANGE_IN_TITLE = lazy_compile(
    r"\b(?:chang\w*|adjust\w*|updat\w*|amend\w*|higher|lower|goes up|go up|rises?|cuts?|"
    r"anderung\w*|geandert|modif\w*|cambi\w*|"
    r"wijzig\w*|zmian\w*|alterac\w*|mudanc\w*|измен\w*|змін\w*|ajust\w*|revis\w*)\b|"
    r"调整|調整|上调|下调|调降|调高|提高|降低|取消|变更|變更|変更|改正|引き上げ|引き下げ|廃止|"
    r"新設|导入|導入|見直し|見直す|改定|引上げ|引下げ|변경|인상|인하|폐지|신설|조정|"
    # a levy, and a day it starts from: "自2026年7月1日起对低值包裹征收", "7月1日から", "1일부터"
    r"征收|开征|開徵|\d日起|\d日から|\d일부터"
)
_DATED_TITLE = word_start(rf"\b(?:{_START_WORDS}|from|on)\b[^.\n]{{0,20}}\d")


# ", but not installed in," says where batteries sit; it does not oppose the sentence before
# (not "letters are accepted, but not parcels": that is the news)
_BUT_NOT = (
    "but not installed", "but not contained", "but not fitted", "but not inserted",
    "aber nicht eingebaut", "mais non installe", "mais pas installe", "pero no instalad",
    "ma non installat", "maar niet ingebouwd", "maar niet geinstalleerd",
)  # fmt: skip


def _contrast_after(doc: Doc, b: int) -> bool:
    """A "however" or "but" in the lead after ``b``: what the sentence kept has news after it."""
    pos, end = b, b + LEAD_CHARS
    while (m := _CONTRAST_WORD.search(doc.norm, pos, end)) is not None:
        if not (doc.norm.endswith(", ", 0, m.start()) and doc.norm.startswith(_BUT_NOT, m.start())):
            return True
        pos = m.end()
    return False


def _rules_kept_alone(
    doc: Doc,
    votes: list[Vote],
    a: int,
    b: int,
    duty_news: bool = False,
    reminder: bool = False,
) -> bool:
    """Whether the sentence ``a:b`` that says the rules are kept speaks for the whole notice:
    no "however" after it, no goods of its own ("no change to the rules for letters" keeps
    the letters' rules only), no "otherwise" ("otherwise nothing has changed" says something
    did), no stop or change said to hold now beside it, and no dated change after it. Under a
    title that calls the notice a reminder (``reminder``), a ban or a limit with no day is the
    rule it recalls."""
    return (
        not _contrast_after(doc, b)
        # a dated change after it is news of its own, whatever words it has ("Mail to Canada:
        # from 1 December parcels need the recipient's phone number")
        and _DATED_CHANGE.search(doc.norm, b) is None
        and _OTHERWISE.search(doc.norm, a, b) is None
        # (goods of their own: not "shipment" or "delivery", words of all mail, nor the words
        # that say the rule is kept)
        and not any(
            a <= m.start < b and m.value not in ("_mail", "_service", "_exempt")
            for m in lexicon.matches(doc, "categories")
        )
        and not any(
            w.kind != "informational"
            and w.weight >= RELEVANT_SCORE
            and (
                (w.kind in _STOPS and not (reminder and w.kind in RULE_KINDS))
                or dated_span(doc, *doc.sentence_of(w.start))
                or _NOW.search(doc.norm, *doc.sentence_of(w.start))
                # "... has not changed" beside "a new handling fee", "the rate is lowered"
                or (
                    duty_news
                    and w.kind == "duty_tax_change"
                    and _DUTY_NEWS.search(doc.norm, *doc.sentence_of(w.start))
                )
            )
            for w in votes
        )
    )


# The page's own line of when and why it was updated, with its date (normalised text; not
# "Updated rules for ...")
_UPDATE_LINE = lazy_compile(
    r"\W*(?:last updated|page updated|updated|last modified|last reviewed|zuletzt aktualisiert|"
    r"aktualisiert am|derniere mise a jour|mis a jour le|ultima actualizacion|actualizado el|"
    r"ultimo aggiornamento|laatst bijgewerkt|bijgewerkt op)\b[ :,-]*(?:on )?(?:[^\W\d]+ )?\d"
)
# What follows a "no changes to the rules" sentence that then restates them
_SUMMARY_AFTER = lazy_compile(
    r"\s*(?:here(?: is|'s) (?:a )?(?:quick |short |brief )?(?:summary|reminder|recap|"
    r"what you need to know)|"
    # "..., but customers are advised to check them before posting:"
    r"(?:customers|senders|you|members of the public) (?:are|is) (?:advised|reminded|asked|"
    r"encouraged) to check|"
    r"in summary|to summari[sz]e|as a reminder|a reminder|"
    # "Zo zit het:", "Here's how it works:": the rules set out again
    r"(?:here's|here is|this is) how it works|zo zit het|so funktioniert es|"
    r"hier (?:ein|eine) (?:überblick|uberblick|zusammenfassung)|zur erinnerung|"
    r"en r[eé]sum[eé]|voici un r[eé]sum[eé]|rappel|en resumen|como recordatorio|"
    r"in sintesi|ecco un riepilogo|samengevat|ter herinnering)\b"
)


UNCHANGED_PART_FACTOR = 0.2


def _discount_unchanged_parts(doc: Doc, votes: list[Vote]) -> None:
    """The items under a heading of what stays as it was ("O que não muda", "Sin cambios:",
    "What isn't changing") restate the rules in force: they are not the news above them."""
    lines = sorted(unchanged_items(doc))
    if not lines:
        return
    for v in votes:
        if any(a <= v.start < b for a, b in lines) and not (
            # "Unverändert / - Der Versand nach Israel bleibt eingestellt": a stop that goes on
            (v.kind in _STOPS and _STOP_GOES_ON.search(doc.norm, *doc.sentence_of(v.start)))
            # "No change: / - Parcels ... are suspended from 29 August": a change with its day
            or (v.kind != "informational" and dated_span(doc, *doc.sentence_of(v.start)))
        ):
            v.weight *= UNCHANGED_PART_FACTOR


_SENTENCE_END = re.compile(r"[.!?。！？]")
# An all-clear that says the state stays as it was (read on the vote's own words)
_STAYS_AS_IT_WAS = lazy_compile(
    r"\b(?:unchanged|no changes?|sin cambios|sem alteracoes|sans changement|inchange\w*|"
    r"unverandert|invariat\w*|ongewijzigd|uændret|uforandret|oforandrad\w*|uendret)\b"
)


def _discount_kept_in_line(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """ "Iran: our services remain unchanged – letters only; parcels cannot be accepted": the
    stop after an all-clear of no change, in its line, is the state that stays, not news (a
    stop told with its day, or of a place named after the all-clear, still is: "No changes
    to the gift allowance – parcels to Russia suspended")."""
    kept_from: dict[tuple[int, int], int] = {}
    for v in votes:
        if v.kind == "informational" and _STAYS_AS_IT_WAS.search(doc.norm, v.start, v.end):
            line = doc.line_of(v.start)
            kept_from[line] = min(kept_from.get(line, v.end), v.end)
    if not kept_from:
        return
    for v in votes:
        line = doc.line_of(v.start)
        if (
            v.kind in _STOPS
            and line in kept_from
            and v.start >= kept_from[line]
            and not dated_span(doc, *doc.sentence_of(v.start))
            and not any(kept_from[line] <= p < v.end for p in place_starts)
            # (in its sentence, or after a semicolon: not "There is no change to the prices.
            # The maximum weight falls to 20 kg")
            and _SENTENCE_END.search(doc.full, kept_from[line], v.start) is None
        ):
            v.weight *= UNCHANGED_PART_FACTOR
            v.continued = True


def _discount_unmarked_rows(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """The rows of a status table beside those marked new ("Vanuatu | Delays – NEW") restate
    what already held: the marked rows are the news, and their votes the only ones."""
    rows = unmarked_rows(doc)
    if not rows or not marked_row_names_place(doc, place_starts):
        return
    kept = [v for v in votes if doc.line_of(v.start) not in rows]
    marked = marked_rows(doc)
    if any(v.kind != "informational" and doc.line_of(v.start) in marked for v in kept):
        # the marked row tells its change: words about the table around it that name no place
        # ("acceptance may be suspended in some countries; see the table") tell none
        kept = [
            v
            for v in kept
            if doc.line_of(v.start) in marked
            or any(a <= p < b for a, b in [doc.sentence_of(v.start)] for p in place_starts)
        ]
    if any(v.kind != "informational" for v in kept):  # (a marked row that names no change)
        votes[:] = kept


def _kept_elsewhere(doc: Doc, a: int, pos: int, place_starts: list[int]) -> bool:
    """Whether the sentence ``a:`` whose all-clear is at ``pos`` keeps the rules of other
    places than the title's: "for other countries the rules are unchanged", "Rules for mail to
    the UK and Switzerland do not change" under a title on the EU. It speaks for those only."""
    if _OTHER_ONES.search(doc.norm, a, pos):
        return True
    b = doc.sentence_of(pos)[1]
    titled = {_place_word(doc, p) for p in place_starts if doc.in_title(p)}
    named = {_place_word(doc, p) for p in place_starts if a <= p < b}
    return bool(titled) and bool(named) and not named & titled


def _update_keeps_rules(doc: Doc, votes: list[Vote], place_starts: list[int]) -> bool:
    """Whether the page's line of its last update says the rules did not change ("Last
    updated: 3 March 2025 - we've clarified the guidance; there are no changes to the rules"):
    a guide restated, whatever its title names, unless a change with its day is told too."""
    for v in votes:
        if v.kind != "informational" or doc.in_title(v.start):
            continue
        line_a = doc.line_of(v.start)[0]
        if not _UPDATE_LINE.match(doc.norm, line_a):
            continue
        a, b = doc.sentence_of(v.start)
        if (
            _RULES_KEPT.search(doc.norm, max(a, line_a), b) is not None
            and not _CONTRAST_WORD.search(doc.norm, v.end, b)  # "..., but from 1 July ..."
            and not _kept_elsewhere(doc, a, v.start, place_starts)  # "... for other countries"
            and not _contrast_after(doc, b)
            and not _change_told_beside(doc, votes, (a, b))
        ):
            return True
    return False


def _change_told_beside(doc: Doc, votes: list[Vote], own: tuple[int, int]) -> bool:
    """Whether a change of the body, outside the sentence ``own``, is told as news: with its
    day ("From 29 August 2025, ...", "with immediate effect") or as what no longer holds."""
    for v in votes:
        if v.kind == "informational" or v.weight < RELEVANT_SCORE or doc.in_title(v.start):
            continue
        a, b = doc.sentence_of(v.start)
        if (a, b) == own:
            continue
        if TOLD_WITH_DAY.search(doc.norm, a, b) or _NEWS_NOW.search(doc.norm, a, b):
            return True
    return False


# "the rules have not changed" in the languages of session 56: said in the body, it keeps the
# rules a guide restates; a title that says it is read like any other (the dated stops below it
# are not taken for the rumour the title denies, as "n'a pas changé" in a title still does)
_BODY_ONLY_NO_CHANGE = lazy_compile(
    r"non sono cambiate|no han cambiado|nao mudaram|nao foram alteradas|zijn niet gewijzigd|"
    r"zijn niet veranderd|haben sich nicht geandert"
)


# Words between a title's "no changes to" and what it names, in one clause: no stop, no "but"
_SAME_CLAUSE = lazy_compile(
    r"(?:(?!\b(?:but|however|aber|mais|pero|ma|maar)\b)"
    r"(?:[^,;:.|\n\u2013\u2014-]|(?<=\d)[,.](?=\d)|(?<=\w)-(?=\w)))*",
    re.IGNORECASE,
)  # read on the text as written: dashes and line ends are spaces in the normalised one


# A page's own question whether anything changes, asked of all it says (not "Does CARM change
# the duty rates?", "Verandert er iets voor Jersey?": a part), answered "no" (normalised text)
_ASKED_NO_CHANGE = lazy_compile(
    r"(?:^|[\n.!?] ?)\W*(?:is anything changing|(?:has|will|does) anything change(?:d)?|"
    r"(?:have|are) (?:these|the) (?:rules|requirements|thresholds|limits) (?:changed|changing)|"
    r"is (?:there )?anything new|verandert er (?:iets|wat)|is er iets veranderd|"
    r"andert sich (?:etwas|was)|hat sich (?:etwas|was) geandert|"
    r"(?:y a t il|est ce qu il y a) (?:du|des) changements?|quelque chose change t il|"
    r"cambia algo|ha cambiado algo|han cambiado (?:estas|las) (?:normas|reglas)|"
    r"cambia qualcosa|e cambiato qualcosa|sono cambiate (?:queste|le) regole|"
    r"muda alguma coisa|mudou alguma coisa|alguma coisa mudou)"
    r" ?\? ?(?:no|nee|nein|non|nao|nothing|niets|nichts|rien|nada|niente)\b"
)


def _answered_alone(doc: Doc, votes: list[Vote], end: int) -> bool:
    """Whether the page's "no" to its own question of change speaks for it: no "however" in
    the lead after it, and no service it tells of is suspended (the bans and limits it sets
    out are the rules it restates)."""
    return not _contrast_after(doc, end) and not any(
        v.kind == "suspension" and v.firm and v.weight >= RELEVANT_SCORE for v in votes
    )


def _said_unchanged(doc: Doc, votes: list[Vote], place_starts: list[int] | None = None) -> bool:
    """The title says nothing changed and no change in it survives that; or the lead reminds
    of the rules and says they have not changed ("we remind you that the rules for food have
    not changed"), with no "however" after it in the lead ("the rules have not changed;
    however, from 1 April we no longer accept parcels to Russia"); or the page's last-update
    line says so (``_update_keeps_rules``). Not a sentence that keeps the rules of other
    places than the title's. A title that names the duties only as its topic ("Here's how GST
    works", no word of their change) does not block it, and under such a title, or anywhere
    in the body for a sentence that says the rules are kept, the sentence speaks for the
    notice when no change is told beside it (``_rules_kept_alone``: nor a duty told as new)."""
    if _update_keeps_rules(doc, votes, place_starts or []):
        return True
    if (
        doc.norm.find("?", doc.title_end) >= 0  # (a question is rare: searched only then)
        and (asked := _ASKED_NO_CHANGE.search(doc.norm, doc.title_end)) is not None
        and _answered_alone(doc, votes, asked.end())
    ):
        return True  # "Is anything changing? No. The rules above remain the same."
    said = [
        v
        for v in votes
        if v.kind == "informational" and _NO_CHANGE.search(doc.norm, v.start, v.end)
    ]
    if not said:
        return False  # (no word that nothing changed: the rules below have nothing to read)
    in_title = [v for v in votes if doc.in_title(v.start)]
    # "IEEPA tariffs - court hears arguments, no change to duty collection": the duty named in
    # a title that says it does not change, with no word of its change there
    topic_only = any(doc.in_title(v.start) for v in said) and not (
        _DUTY_NEWS.search(doc.norm, 0, doc.title_end)
        or _DATED_TITLE.search(doc.norm, 0, doc.title_end)  # "... duty on goods from 29 August"
    )
    # "Here's how GST works": a title that names the duties as its topic, with no word of
    # their change; the body says whether they changed
    duty_topic = any(v.kind == "duty_tax_change" for v in in_title) and not (
        _DUTY_NEWS.search(doc.norm, 0, doc.title_end)
        or _DATED_TITLE.search(doc.norm, 0, doc.title_end)
        or _CHANGE_IN_TITLE.search(doc.norm, 0, doc.title_end)
    )
    said_in_title = [(v.start, v.end) for v in said if doc.in_title(v.start)]
    # "Reminder: ban on imports of meat in parcels" over "the rules have not changed": the rule
    # the reminder names, no news of it
    reminder = TITLE_REMINDER.search(doc.norm, 0, doc.title_end) is not None
    if any(
        v.kind != "informational"
        and v.weight >= 1.0
        # not what the title says stays: "No changes to VOEC and the NOK 3,000 limit"
        and not any(
            e <= v.start and _SAME_CLAUSE.fullmatch(doc.full, e, v.start) for _, e in said_in_title
        )
        # nor a rule the title says stays after naming it ("개인통관고유부호 기재 안내 (기존 제도
        # 유지)": the PCCC, existing system kept), or names as what it reminds of
        and not (
            v.kind in RULE_KINDS
            and (
                reminder
                or any(
                    v.end <= a and _SAME_CLAUSE.fullmatch(doc.full, v.end, a)
                    for a, _ in said_in_title
                )
            )
        )
        and not (  # "What you must note at customs": the guide's own verb
            _GUIDE_VERB.fullmatch(doc.norm, v.start, v.end)
            and _WHAT_YOU.search(doc.norm, 0, v.end)  # "what you need to know"
        )
        and not ((topic_only or duty_topic) and v.kind == "duty_tax_change")
        for v in in_title
    ):
        return False
    for v in said:
        if not doc.in_title(v.start) and _NO_NEW_FEE.search(doc.norm, v.start, v.end):
            continue  # "There is no new fee for Canada. From 1 July the fee for Australia rises"
        if doc.in_title(v.start):
            if _BODY_ONLY_NO_CHANGE.search(doc.norm, v.start, v.end):
                continue  # (in a title, read as any other: the body's dated changes stand)
            if _dated_change_in_body(doc, votes):
                continue  # "Nessuna modifica alle tariffe" over "Dal 1° luglio ... richiedono"
            return True
        a, b = doc.sentence_of(v.start)
        but = _CONTRAST_WORD.search(doc.norm, v.end, b)
        if (
            but
            and not _SUMMARY_AFTER.match(doc.norm, but.end())  # ("..., but here's a reminder")
            # (not "The rules haven't changed, but every December our detector dogs find
            # thousands of undeclared items": no change told past the "but")
            and any(but.end() <= w.start < b and w.kind != "informational" for w in votes)
        ):
            continue  # "Rien ne change pour les lettres, mais pour les colis ...": the news
        if _kept_elsewhere(doc, a, v.start, place_starts or []):
            continue  # "寄往其他国家和地区的收寄规则保持不变": the rest keeps its rules
        kept = _RULES_KEPT.search(doc.norm, a, b) is not None
        if _RULES_BELOW_KEPT.search(doc.norm, a, b) and not _contrast_after(doc, b):
            return True  # "The rules set out below have not changed": the page restates them
        if a - doc.title_end >= LEAD_CHARS:
            if (
                kept
                and _CHANGES_HEADING.search(doc.full, max(0, a - 160), a)
                and not _contrast_after(doc, b)
            ):
                return True  # under "What's changed": "The rules themselves have not changed."
            if kept and _rules_kept_alone(doc, votes, a, b, duty_news=True, reminder=reminder):
                return True  # "There are no changes to these thresholds this year."
            if kept and _SUMMARY_AFTER.match(doc.norm, b):
                # "There are no changes to the rules this year. Here is a summary.": what
                # follows restates the rules; only a change before it would be news
                if _rules_kept_alone(doc, [w for w in votes if w.start < a], a, b):
                    return True
            continue
        if _RULES_REMINDED.search(doc.norm, a, b) and _RULES.search(doc.norm, a, b):
            if not _contrast_after(doc, b):
                return True
            continue
        if (kept and _rules_kept_alone(doc, votes, a, b, reminder=reminder)) or (
            duty_topic and _rules_kept_alone(doc, votes, a, b, duty_news=True)
        ):
            # "A declaration is always needed. The rules have not changed."; under a title
            # that names the duties as its topic, "米国宛ての発送に変更はございません"
            return True
        if _change_beside(doc, votes, v.start):
            continue  # "Parcels can no longer be sent to the US. Letters: no change."
        if any(
            w.kind != "informational"
            and _asked_whether(doc, w)
            and 0 <= a - doc.sentence_of(w.start)[1] <= 2
            for w in votes
        ):
            # the answer right after readers' question whether a rule holds: "Anfragen, ob ...
            # nötig sei. Wir können Sie beruhigen: Es ändert sich nichts."
            return True
        if (
            len(doc.full[a:b].strip()) <= SHORT_SENTENCE
            and not any(a <= m.start < b for m in lexicon.matches(doc, "categories"))
            and not _dated_change(doc, votes)
        ):
            return True  # "We have received questions ... Nothing has changed."
        if (
            kept
            and not _contrast_after(doc, b)
            and _DATED_CHANGE.search(doc.norm, b) is None
            # (nor after a change told with its day: "From 1 July e-cigarettes can no longer be
            # sent ... Heated tobacco: no change" keeps other goods)
            and not _dated_change(doc, votes, doc.title_end, a, firm=True)
        ):
            return True  # "There is no change to the rules for medicines sent to ..."
    return False


def _dated_change(
    doc: Doc, votes: list[Vote], lo: int = 0, hi: int | None = None, firm: bool = False
) -> bool:
    """Whether a change, not an all-clear, is told with its day between ``lo`` and ``hi`` (the
    whole notice by default); ``firm``: not one discounted as future or contrasted."""
    return any(
        lo <= w.start < (len(doc.norm) if hi is None else hi)
        and w.kind != "informational"
        and (w.firm or not firm)
        and w.weight >= RELEVANT_SCORE
        and dated_span(doc, *doc.sentence_of(w.start))
        for w in votes
    )


def _dated_change_in_body(doc: Doc, votes: list[Vote]) -> bool:
    """A change of the body, not a stop, told with its day or as holding now, where the body
    does not say the title's "no change" again: a title's "no change to the rates" keeps the
    rates, not the new requirement under it ("The limit remains USD 150. These limits have not
    changed." keeps all)."""
    body = [w for w in votes if not doc.in_title(w.start)]
    if _NO_NEWS.search(doc.norm, doc.title_end) is not None:
        return False  # "... richiedono la dichiarazione doganale. Non ci sono novità."
    if any(
        w.kind == "informational"
        and _NO_CHANGE.search(doc.norm, w.start, w.end)
        # ("no new fee for Canada" is said of one place, beside the rise for another)
        and not _NO_NEW_FEE.search(doc.norm, w.start, w.end)
        for w in body
    ):
        return False
    for w in body:
        if w.kind in _STOPS or w.kind == "informational" or w.weight < RELEVANT_SCORE:
            continue  # (a stop under it is mostly the rumour the title denies)
        a, b = doc.sentence_of(w.start)
        if (_TOLD_IN_FORCE.search(doc.norm, a, b) or _NOW.search(doc.norm, a, b)) and not (
            _KEPT.search(doc.norm, a, b)
            or _NO_CHANGE.search(doc.norm, a, b)
            # "as it has since 2021", "Zur Erinnerung: Ab 1. Januar 2020 ...": a rule of before
            or _SINCE_OR_REMINDED.search(doc.norm, a, b)
        ):
            return True
    return False


# The body says again there is no news
_NO_NEWS = lazy_compile(
    r"\b(?:non ci sono novita|nessuna novita|no hay novedades|nao ha novidades|"
    r"keine neuigkeiten|pas de nouveaute|stays? the same|there is nothing new|nothing new)\b"
)
# A rule told as in force for a while, or recalled
_SINCE_OR_REMINDED = lazy_compile(
    r"\b(?:since|desde|seit|depuis|sinds|dal momento|reminder|zur erinnerung|wir erinnern|"
    r"rappel|rappelons|relembramos|lembramos|recordamos|recordatorio|ricordiamo|"
    r"ter herinnering|przypominamy|напоминаем|нагадуємо|mantem-se|mantem se|se mantienen|"
    r"se mantiene)\b"
)


_PARCELS = lazy_compile(
    r"\b(?:parcels?|pakete?n?|pakke\w*|smapakke\w*|colis|paquetes?|pacchi|pakketten|paczk\w*|"
    r"paczek|посыл\w*|"
    r"посил\w*)\b|"
    r"包裹|小包|소포"
)
_LETTERS_NAMED = lazy_compile(
    r"\b(?:letters?|briefe?n?|lettres?|cartas?|lettere|brieven|listy|listow|писем|письма|"
    r"листів|листи)\b|信件|信函"
)


def _accepted_before(doc: Doc, v: Vote, place_starts: list[int], stopped_parcels: bool) -> bool:
    """The acceptance named before the all-clear words of its sentence ("Acceptance of mail to
    Hong Kong continues at all post offices"), of a place the sentence names, not of other
    places, and not of letters alone beside a stop of parcels."""
    a, b = doc.sentence_of(v.start)
    if not _ACCEPTANCE.search(doc.norm, a, v.end):
        return False
    if not any(a <= p < b for p in place_starts) or _OTHER_ONES.search(doc.norm, a, v.start):
        return False
    return not (
        stopped_parcels
        and _LETTERS_NAMED.search(doc.norm, a, b)
        and not _PARCELS.search(doc.norm, a, b)
    )


# What a title's stop is of, when it is the pick-ups only: "suspension of express collections"
_OF_COLLECTIONS = lazy_compile(r"\s+of\s+(?:\w+\s+){0,2}(?:collections?|pick ?ups?)\b")


def _still_accepting(doc: Doc, votes: list[Vote], place_starts: list[int]) -> bool:
    """The operator says it goes on accepting mail ("we continue to accept mail for X") and
    its title announces no stop: what is suspended is further on (local delivery). Not when
    the stops name other places than the acceptance ("services to Iran are suspended ... we
    continue to accept items for Iraq")."""
    for v in votes:
        if v.kind != "suspension":
            continue
        a, b = doc.sentence_of(v.start)
        if (
            doc.in_title(v.start) and not _OF_COLLECTIONS.match(doc.norm, v.end)
        ) or _ACCEPTANCE.search(doc.norm, a, b):
            return False  # "acceptance of parcels to X is suspended": a stop of acceptance
    stopped_parcels = any(
        v.kind == "suspension" and _PARCELS.search(doc.norm, *doc.sentence_of(v.start))
        for v in votes
    )
    accepting = [
        doc.sentence_of(v.start)
        for v in votes
        if v.kind == "informational"
        and (
            _ACCEPTANCE.search(doc.norm, v.start, v.end)
            or _accepted_before(doc, v, place_starts, stopped_parcels)
        )
    ]
    if not accepting:
        return False
    kept = {_place_word(doc, p) for p in place_starts if any(a <= p < b for a, b in accepting)}
    if kept:
        for v in votes:
            if v.kind == "suspension" and v.weight >= RELEVANT_SCORE:
                a, b = doc.sentence_of(v.start)
                stopped = {_place_word(doc, p) for p in place_starts if a <= p < b}
                if stopped and not stopped & kept:
                    return False
    return True
