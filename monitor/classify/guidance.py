"""Sections of an operator's page that give standing guidance ("Customs information",
"Compensation", "Need help?"): what they say holds on every day, it is not the news of the page.
A section runs from its heading to the next heading. The headings of lists of links to
other pages ("Related links") are found in the same pass."""

from __future__ import annotations

import re

from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.normalize import normalize_key
from monitor.classify.text import Doc
from monitor.classify.wordstart import by_first_letter

_HEADING_NAMES = (
        # English
        "customs information", "customs declarations", "customs forms",
        "customs and prohibited items", "other prohibited and restricted items",
        "other prohibited items", "other restricted items", "tips for safe sending",
        "packing tips", "have a question", "any questions",
        "prohibited and restricted items", "prohibited items", "restricted items",
        "compensation", "claims", "compensation and claims", "refunds", "tracking your item",
        "track your item", "tracking", "need help", "need more help", "help", "contact us",
        "contact", "before you send", "before you post", "how to read this page",
        "how we report incidents", "about this page", "international sanctions", "sanctions",
        "sending larger or urgent items", "delivery times", "delivery standards",
        "frequently asked questions", "faqs", "faq", "stay informed", "about us",
        "customer service", "useful information", "general information",
        "documentation", "required documents", "duties and taxes", "taxes and duties",
        "prohibited commodities", "restricted commodities", "prohibited and restricted commodities",
        "packaging and labelling", "packaging and labeling", "packaging",
        "dangerous and prohibited goods", "prohibited and dangerous goods", "dangerous goods",
        "customs and duties", "duties and customs",
        "restricted and prohibited items", "before you ship", "tracking and delivery",
        "importer responsibilities", "customs clearance", "fraud awareness",
        # German
        "zollinformationen", "zollhinweise", "hilfe", "kontakt", "fragen", "häufige fragen",
        "verbotene gegenstände", "haftung", "entschädigung", "sendungsverfolgung",
        "laufzeiten", "allgemeine hinweise", "weitere verbotene und eingeschränkte inhalte",
        "weitere verbotene inhalte", "tipps für den sicheren versand", "haben sie fragen",
        # French
        "besoin d'aide", "délais indicatifs", "formalités douanières", "à lire aussi",
        "questions fréquentes", "nous contacter", "suivi de vos envois", "indemnisation",
        "objets interdits", "comment savoir si un pays est desservi",
        "que faire si votre envoi a déjà été déposé",
        # Spanish, Italian, Dutch, Portuguese
        "ayuda", "preguntas frecuentes", "información aduanera", "artículos prohibidos",
        "contacto", "assistenza", "domande frequenti", "contatti", "hulp", "veelgestelde vragen",
        "klantenservice", "ajuda", "perguntas frequentes", "contacte-nos",
)  # fmt: skip
# Headings over a list of links to other pages ("Related links", "See also")
_LINK_HEADINGS: tuple[str, ...] = (
    "related links", "useful links", "quick links", "related pages", "related content",
    "related posts", "related stories", "recent posts", "latest posts", "more posts",
    "you may also like",
    "related", "related topics", "related information", "related resources",
    "see also", "related articles", "related help articles", "related help topics",
    "related questions", "related faqs", "weiterführende links", "nützliche links", "siehe auch",
    "liens utiles", "voir aussi", "enlaces relacionados", "enlaces de interés", "link utili",
    "vedi anche", "gerelateerde links", "nuttige links", "links relacionados", "links úteis",
    "ссылки", "корисні посилання", "powiązane linki", "przydatne linki",
    "weitere service-hinweise", "weitere servicehinweise", "more service alerts",
    "other service alerts", "autres avis de service", "altri avvisi di servizio",
    "otros avisos de servicio", "andere servicemeldingen",
    "weitere aktuelle informationen", "weitere aktuelle länderinformationen",
    "weitere länderinformationen", "das könnte sie auch interessieren", "auch interessant",
    "you may also be interested in", "you might also be interested in", "also of interest",
    "cela pourrait vous intéresser", "à lire aussi", "también le puede interesar",
    "potrebbe interessarti anche", "dit vindt u misschien ook interessant",
    # s48 232: related articles
    "articles liés", "articles connexes", "sur le même sujet", "artículos relacionados",
    "articoli correlati", "verwandte artikel", "ähnliche artikel", "artigos relacionados",
    "gerelateerde artikelen",
    # s89 536: Polish "see also", French "this may also interest you" on their own line
    "zobacz także", "zobacz też", "cela pourrait également vous intéresser",
    "関連情報", "関連リンク", "関連記事", "相关信息", "相关链接", "相關資訊", "相關連結",
    "관련 정보", "관련 링크",
)  # fmt: skip
# The operator's other notices, listed under the one read: "Other service alerts"
_NOTICE_LIST_HEADINGS = (
    "other service alerts", "other alerts", "more alerts", "other news", "more news",
    "other current alerts", "other active alerts",
    "other current incidents", "other incidents", "other service updates", "other updates",
    "other service notices", "other notices", "other advisories", "autres mises à jour",
    "otras actualizaciones", "altri aggiornamenti", "weitere service-updates",
    "related news", "weitere aktuelle hinweise", "weitere meldungen",
    "autres actualités", "autres alertes", "otras noticias", "noticias relacionadas",
    "altre notizie", "notizie correlate", "ander nieuws", "meer nieuws", "outras notícias",
    "notícias relacionadas", "inne komunikaty", "другие новости", "інші новини",
    "autres alertes de service", "otras alertas de servicio", "altri avvisi di servizio",
    "weitere servicemeldungen", "andere servicemeldingen", "outros alertas de serviço",
    "related alerts", "alertes connexes", "related notices", "related notice", "latest news",
    "andere meldingen", "berita lain", "berita lainnya", "berita terkait", "további hírek",
    "outros avisos", "tin liên quan", "tin khác", "相关公告", "其他公告", "その他のお知らせ",
    "関連するお知らせ", "다른 공지", "관련 공지",
    # s89 536: Hongkong Post's and China Post's lists of their other notices
    "other customer notices", "more customer notices", "相关新闻", "相關新聞", "其他新闻",
    "其他新聞", "其他通知", "最新公告", "other international incidents", "relaterte saker",
    "relaterade nyheter", "relaterede nyheder", "lue myös", "läs också", "les også", "læs også",
)  # fmt: skip
_LINK_HEADINGS += _NOTICE_LIST_HEADINGS
# An entry of such a list: another notice's name and its gist ("Hurricane Irma - Caribbean:
# service to Anguilla remains limited; see separate alert."), a sentence but no news of this one
_NOTICE_ENTRY = lazy_compile(r"[^.:\n]{2,60}\s[-\u2013\u2014]\s[^.:\n]{2,40}:\s")
# The same heads with the links on their own line ("See also: Tariffs | Sending to Ukraine"),
# and these, which head such a line only ("Related: Country Conditions for Mailing - Haiti")
_INLINE_LINK_HEADS = (
    "related", "bekijk ook", "zie ook", "lees ook", "lire aussi", "voir également",
    "ver también", "véase también", "leggi anche", "veja também", "zobacz też", "zobacz także",
    "см. также", "див. також", "související", "souvisejici", "súvisiace", "kapcsolódó", "liittyvät",
    "relaterat", "relateret", "relatert", "ilgili", "σχετικά",
    # Finnish, Swedish, Danish and Norwegian "read also", "see also"
    "lue myös", "katso myös", "läs också", "läs även", "se även", "se också", "læs også",
    "les også", "se også",
    # Arabic, Urdu, Hindi, Bengali "related (notice)", "read also"
    "ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "متعلقہ", "متعلقہ اعلامیہ", "متعلقہ خبریں",
    "संबंधित", "संबंधित सूचना", "सम्बन्धित सूचना", "সম্পর্কিত", "সম্পর্কিত বিজ্ঞপ্তি",
)  # fmt: skip
# Heads that lead to other pages only with a bar of links after them ("En savoir plus : Liste
# des produits interdits | Fiches pays"; not "More information: mail to Peru is suspended")
_BAR_LINK_HEADS = (
    "en savoir plus", "learn more", "read more", "more information", "further information",
    "mehr erfahren", "weitere informationen", "más información", "mas informacion", "saiba mais",
    "per saperne di più", "maggiori informazioni", "meer informatie", "meer weten",
    "other active alerts", "related advisories", "pour en savoir plus",
)  # fmt: skip
HEADING_LONGEST = 60
FEWEST_LINES = 4  # title, news, a heading, its text


def guidance_spans(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the body under guidance headings; found once per notice."""
    return _headings(doc)[0]


def link_heads(doc: Doc) -> list[int]:
    """Line indexes of the headings over lists of links ("Related links")."""
    return _headings(doc)[1]


def link_spans(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the lists of links to other pages: from a heading of links ("Related
    links", "Other service alerts") to the first empty line or line of prose below it, and the
    lines that open with such a heading and a colon and hold the links themselves. They name
    other pages: no news, and no place of this one's."""
    return doc.once("_link_spans", _link_spans)


def _link_spans(doc: Doc) -> list[tuple[int, int]]:
    full = doc.full
    spans = []
    for head in link_heads(doc):
        start = doc.line_starts[head]
        end = doc.line_of(start)[1]
        # (the first of a heading in two languages: "Related alerts / Alertes connexes")
        heading = full[start:end].split(" / ")[0].strip(" \t:").lower()
        notices = heading in _NOTICE_LIST_HEADINGS
        # a heading of news that opens the body ("Latest news" over the news itself) is the
        # page's own section, no list of other pages
        top = not full[doc.title_end : start].strip()
        if notices and top:
            continue
        k = head + 1
        while k < len(doc.line_starts):
            a, b = doc.line_of(doc.line_starts[k])
            line = full[a:b].strip()
            if line and notices and _NOTICE_ENTRY.match(line):
                end = b
                k += 1
                continue
            if not line or not (
                _BULLET_START.match(line)
                or (len(line.split()) <= LINK_LINE_WORDS and not any(ch.isdigit() for ch in line))
                # another page's title: "Nouvelle-Calédonie : point sur la distribution du
                # courrier", "Sending to Great Britain? Remember your customs declaration"
                or (len(line.split()) <= PAGE_TITLE_WORDS and line[-1] not in ".!;," and not top)
                # "Severe weather – Florida: recovery complete | Customs in Mexico: no issues"
                or (
                    " | " in line
                    and all(len(c.split()) <= 2 * LINK_LINE_WORDS for c in line.split(" | "))
                )
            ):
                break
            if line.endswith((".", "!")) and len(line.split()) > LINK_LINE_WORDS:
                break  # a sentence of news under the heading, no page's name
            end = b
            k += 1
        spans.append((start, end))
    if ":" in full or "\uff1a" in full:
        lower = doc.once("_lower", _lower_full)
        for m in _INLINE_LINKS.finditer(lower, doc.title_end):
            links = full[m.start("links") : m.end()].strip()
            # the names of pages: "Tariffs | Sending to Ukraine", "Country Conditions - Haiti";
            # not "More news: from 1 June, lithium batteries can no longer be sent to Chile."
            if " | " in links or not links.endswith((".", "!")) or _SHORT_ENTRIES.fullmatch(links):
                spans.append((m.start() + 1, m.end()))
        # a line that points to more information and gives its address: "Alle Infos zum
        # Paketversand ins Ausland: post.at/international" names another page's topic
        spans.extend((m.start() + 1, m.end()) for m in _ADDRESS_LINE.finditer(lower, doc.title_end))
        if " | " in full:
            for m in _BAR_LINKS.finditer(lower, doc.title_end):
                if not any(ch.isdigit() for ch in m.group()):  # names of pages, no dated news
                    spans.append((m.start() + 1, m.end()))
        spans.sort()
    if any(h in full for h in _NAV_HINTS):
        # a board's links to the posts before and after: "이전글  EMS 국가별 발송 조건 변경(호주)"
        spans.extend((m.start() + 1, m.end()) for m in _NAV_LINE.finditer(full))
        spans.sort()
    return spans


_NAV_HINTS = ("이전글", "다음글", "上一", "下一", "前の記事", "次の記事")
_NAV_LINE = lazy_compile(
    r"\n[ \t]*(?:이전글|다음글|上一篇|下一篇|上一条|下一条|上一則|下一則|上一條|下一條|"
    # (a space or a colon after it: "下一条航线将于3月5日恢复" is "the next route")
    r"前の記事|次の記事)"
    r"(?:[ \t]*[:\uff1a]|[ \t]+)[^\n]*"
)


def _lower_full(doc: Doc) -> str:
    """``doc.full`` in lower case, each character where it was ("İ" lowers to two characters:
    it is read as "i"; a text with another such letter is read as it is)."""
    full = doc.full
    lower = full.lower()
    if len(lower) != len(full):
        lower = full.replace("\u0130", "I").lower()
        if len(lower) != len(full):
            lower = full
    return lower


LINK_LINE_WORDS = 6  # a line of a list of links without a bullet: a page's name, no sentence
PAGE_TITLE_WORDS = 12  # a longer line without a final stop: another page's title
# (and the arrows of teasers: "› Israel: Annahme von Briefen wieder möglich")
_BULLET_START = lazy_compile(r"[-*\u2022\u00b7\u25aa\u2023\u25e6\u203a\u00bb\u25b8\u25ba\u2192]\s")


def _headings(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    return doc.once("_headings", _find)


def _find(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    if len(doc.line_starts) < FEWEST_LINES:
        return [], []  # a feed item or a short notice has no sections
    full = doc.full
    body = doc.title_end + 1
    spans: list[tuple[int, int]] = []
    links: list[int] = []
    prose_at = -1  # where the first line of prose starts (looked up when needed)
    starts = doc.line_starts
    # one pass of the regex engine over the text in lower case, as the names are written
    lower = doc.once("_lower", _lower_full)
    for m in _HEADING_LINE.finditer(lower, body - 1):
        a = m.start() + 1
        k = doc.line_index(a)
        if m.group("link") is not None:
            links.append(k)
            continue
        if prose_at < 0:
            first = _PROSE_LINE.search(full, body)
            prose_at = first.start() if first is not None else len(full)
        if a < prose_at:
            continue  # a heading above all news heads the page itself ("Reminder: ...")
        end = len(full)
        for k2 in range(k + 1, len(starts)):
            line_start = starts[k2]
            line = full[line_start : doc.line_of(line_start)[1]].strip()
            if (_heading_like(line) or _dated_heading(doc, k2, line)) and not line.endswith(
                ("?", "\uff1f")
            ):
                end = line_start  # the next heading ("Do I need a form?" under a FAQ is none)
                break
        spans.append((a, end))
    return spans, links


# "What's changing from 1 January 2026", "2. What changes", "Was ändert sich für Sie?": the
# heading over the news of a page that also keeps its standing rules
_NEWS_HEADING = lazy_compile(
    r"\n[ \t]*(?:\d{1,2}[.)]?[ \t]+)?(?:what['\u2019]s changing|what is changing|what changes|"
    r"what will change|was ändert sich|was andert sich|ce qui change|qu'est-ce qui change|"
    r"lo que cambia|qué cambia|que cambia|cosa cambia|wat verandert er|wat gaat er veranderen|"
    r"o que muda|co się zmienia|что меняется|що змінюється|"
    r"changes (?:from|on|as of|effective)|änderungen (?:ab|zum)|neu ab|aktuelles)\b"
    r"[^\n]{0,60}(?=\n)",
    re.IGNORECASE,
)


def news_sections(doc: Doc) -> list[tuple[int, int]]:
    """The spans under "What's changing" headings, each to the next heading after a blank
    line: a page that states its news there names its standing rules (and their goods)
    elsewhere. Found once per notice."""
    return doc.once("_news", _find_news)


def _find_news(doc: Doc) -> list[tuple[int, int]]:
    if len(doc.line_starts) < FEWEST_LINES:
        return []
    full = doc.full
    starts = doc.line_starts
    spans: list[tuple[int, int]] = []
    for m in _NEWS_HEADING.finditer(full, doc.title_end):
        if m.group(0).rstrip().endswith("."):
            continue  # "What changes is the weight limit.": prose, no heading
        a = m.end()
        k = doc.line_index(m.start() + 1)
        if k + 1 < len(starts):
            below = full[starts[k + 1] : doc.line_of(starts[k + 1])[1]].strip()
            if _heading_like(below):
                continue  # "1. Changes from 1 May" over "2. Alcohol": a table of contents
        end = len(full)
        for k2 in range(k + 2, len(starts)):
            # a heading of its own follows a blank line; a list without bullets ("Laptops",
            # "Power banks") or a sub-heading of the news itself does not end the section
            line_start = starts[k2]
            line = full[line_start : doc.line_of(line_start)[1]].strip()
            above = full[starts[k2 - 1] : line_start].strip()
            if not above and (_heading_like(line) or _dated_heading(doc, k2, line)):
                end = line_start
                break
        spans.append((a, end))
    return spans


def _alternatives(names: tuple[str, ...]) -> str:
    """The names in lower case and normalised (no accents), longest first, grouped by first
    letter (the engine then tries only the names of the letter it stands on)."""
    forms = sorted(
        {n.lower() for n in names} | {normalize_key(n) for n in names}, key=len, reverse=True
    )
    return by_first_letter("(?:" + "|".join(re.escape(f) for f in forms) + ")")


_HEADING_LINE = lazy_compile(
    # opened by the newline before the line: the engine skips from newline to newline
    r"\n[ \t]*(?:(?P<link>"
    + _alternatives(_LINK_HEADINGS)
    # the same heading in a second language after a slash
    + r"(?:[ \t]*/[ \t]*[^\n/:]{2,40})?)|(?:(?:shipping|sending|posting) )?(?:"
    + _alternatives(_HEADING_NAMES)
    # a reminder with its topic: "Rappel : formalités douanières"
    + r")|(?:rappel|reminder|recordatorio|erinnerung)[ \t]*:[^\n]{0,50})"
    # "Restricted commodities (permit or registration required)"
    r"[ \t]*(?:\([^()\n]{1,50}\)[ \t]*)?(?:[:?\uff1a][ \t]*)?"
    r"(?=\n|\Z)",
)
_INLINE_LINKS = lazy_compile(
    # (after a cell of the page's bar: "Share this page | Related articles: ...")
    r"\n[ \t]*(?:[^\n|:]{1,40}\|[ \t]*)?(?:"
    + _alternatives(_LINK_HEADINGS + _INLINE_LINK_HEADS)
    + r")[ \t]*[:\uff1a][ \t]*(?P<links>[^\s][^\n]*)"
)
# Names of other entries with their gist in brackets: "Sudan (suspension), Türkiye and Syria
# (earthquake — delays)."
_SHORT_ENTRIES = lazy_compile(
    r"(?:[^\W\d][^,;().\n]{0,40}\([^()\n]{1,40}\)(?:,\s*|\s+and\s+|\s*;\s*|\.?$))+"
)
_BAR_LINKS = lazy_compile(
    r"\n[ \t]*(?:"
    + _alternatives(_BAR_LINK_HEADS)
    + r")[ \t]*[:\uff1a][ \t]*[^\s|][^\n|]*(?: \| [^\n|]+)+"
)
# ... words that point to more information, a colon and a web address alone on the rest of
# the line (not "Service to Israel suspended: royalmail.com/israel", which is news)
_ADDRESS_LINE = lazy_compile(
    r"\n[ \t]*(?:alles (?:zum|zur|zu|uber|über)|all about|"
    r"(?:all(?:e|es)? |the )?(?:infos?|information|informationen|details|more|mehr|"
    r"further|weitere|read more|learn more|en savoir plus|plus d'infos?|mas informacion|"
    r"más información|meer informatie|meer info|lees meer|saiba mais|maggiori informazioni))\b"
    r"(?:[ \t]+[^\W\d][^\s:]*){0,6}[ \t]*[:\uff1a][ \t]*"
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?[ \t]*(?=\n|$)"
)
_PROSE_LINE = lazy_compile(rf"^(?:[^\n]{{{HEADING_LONGEST + 9},}}|[^\n]*[.!][ \t]*)$", re.M)


# "Update - electronic cigarettes and vaping devices (February 2025)": a news heading may run
# longer than others
_UPDATE_HEADING = lazy_compile(
    r"(?:what['\u2019]s new|what is new|was ist neu|update|updated|aktualisierung|"
    r"mise à jour|actualización|aggiornamento|atualização)\b",
    re.I,
)
UPDATE_HEADING_LONGEST = 100


_DATE_BELOW = lazy_compile(r"[^\n\d]{0,20}\d[^\n]{0,30}$")  # "Updated 25 August 2025"


def dated_entry(doc: Doc, k: int) -> bool:
    """Whether line ``k`` heads an entry of a page of dated posts: "Additional controls for
    shipments to Armenia" over "Posted: 15 July 2024" (a date with its year, not "Call 0800")."""
    if k + 1 >= len(doc.line_starts):
        return False
    below = doc.full[slice(*doc.line_of(doc.line_starts[k + 1]))]
    return _YEAR.search(below) is not None and _dated_heading(
        doc, k, doc.full[slice(*doc.line_of(doc.line_starts[k]))].strip()
    )


_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")


def _dated_heading(doc: Doc, k: int, line: str) -> bool:
    """A longer heading with its date below it, after a blank line: "Temporary suspension of
    some services to the United States and Puerto Rico" / "Updated 25 August 2025"."""
    if not 0 < len(line) <= UPDATE_HEADING_LONGEST or k < 1 or k + 1 >= len(doc.line_starts):
        return False
    if line.endswith((".", ",", ";", "!", ":")) or "|" in line or line[0] in "-*\u2022\u00b7":
        return False
    above = doc.full[slice(*doc.line_of(doc.line_starts[k - 1]))].strip()
    below = doc.full[slice(*doc.line_of(doc.line_starts[k + 1]))].strip()
    return not above and _DATE_BELOW.match(below) is not None


def _heading_like(line: str) -> bool:
    """A short line that ends no sentence and is no list item or table row."""
    longest = UPDATE_HEADING_LONGEST if _UPDATE_HEADING.match(line) else HEADING_LONGEST
    return (
        0 < len(line) <= longest
        and not line.endswith((".", ",", ";", "!"))
        and "|" not in line
        and line[0] not in "-*\u2022\u00b7\u25aa\u2023\u25e6"
    )


# A sentence that sends the reader to other entries of the page ("Please see the separate
# entries for Lebanon and Israel, where specific restrictions apply"): their changes, their
# places, are told there
_OTHER_ENTRIES = lazy_compile(
    r"\W*(?:please\s+)?(?:see|refer to|check|read)\s+(?:the|our)\s+(?:separate|individual|"
    r"dedicated|specific|own)\s+(?:entr(?:y|ies)|pages?|alerts?|notices?|updates?|bulletins?)\b"
)
_OTHER_ENTRIES_HINTS = ("separate", "individual", "dedicated", "specific")


def points_to_other_entries(doc: Doc, pos: int) -> bool:
    """Whether the sentence of ``pos`` opens by sending the reader to other entries of the
    page (most notices hold none of its words: one test of them per notice)."""
    if not doc.once("_other_entries", lambda d: d.holds_any(_OTHER_ENTRIES_HINTS)):
        return False
    return _OTHER_ENTRIES.match(doc.norm, doc.sentence_of(pos)[0]) is not None
