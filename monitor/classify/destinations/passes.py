"""Passes over all the roles of a notice: questions and pointers to other pages, lists
whose words come after them, headings of unaffected places, history.
"""

from __future__ import annotations

from bisect import bisect_left

from monitor.classify import lexicon
from monitor.classify.destinations.roles import (
    EXCLUDED,
    NAME,
    NEUTRAL,
    ORIGIN,
    STRONG,
    TRANSIT,
    UNAFFECTED,
    Role,
)
from monitor.classify.gazetteer import WORLD, WORLD_WEAK
from monitor.classify.guidance import points_to_other_entries
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match
from monitor.classify.text import (
    ANSWER_LEAD,
    ANSWER_NO,
    SCOPE_ASKED,
    YES_WORDS,
    Doc,
    ends_question,
    heading_line,
    paragraph_break,
    paragraph_end,
)

# Greek "and", "or" and articles (final sigma as normalised); Hungarian "és", "vagy", "az"
_GLUE_GREEK_HUNGARIAN = (
    r"και|η|ή|οι|ο|τα|τη|την|το|τον|του|των|τισ|τουσ|τησ|es|vagy|az|"
    # "the other member states of": "από την Ελλάδα και τα άλλα κράτη μέλη της ΕΕ" ("αλλα"
    # alone is "but")
    r"τα αλλα|τισ αλλεσ|των αλλων|κρατη μελη|κρατων μελων|"
)
# Romanian, Slovenian, Czech, Slovak, Croatian, Baltic and Finnish "and" and "or" (Estonian
# "Hiina või USA e-poest": from a Chinese or US e-shop; not "ja", Portuguese "já" folded), and
# Romanian "the other member states of" ("României și celorlalte state membre ale Uniunii
# Europene")
_GLUE_EAST = (
    # "ale" only in the Romanian phrase: alone it is Polish, Czech and Slovak "but"
    r"si|sau|ci|celorlalte|celelalte|statele membre ale|state membre ale|statele membre|"
    r"state membre|ter|nebo|alebo|ili|ir|bei|un|vai|voi|tai|"
    # Portuguese articles ("o México e os Estados Unidos"), Polish and Czech "do" in a list,
    # Korean "및" (and; the particle on the last name of a Korean list is carried back by
    # _carry_back, as a Turkish ending is). Not "da" (Italian "from"), "as" (English "because"),
    # "na" (Portuguese "na Jordânia o correio está normal": a new clause)
    r"os|do|dos|das|및|"
)
# Japanese "および", "ならびに", Bengali and Hindi "and" (words of their own)
# (and Georgian "და", "ან": and, or)
_GLUE_AND_ASIA = r"および|ならびに|(?<!\w)(?:ও|এবং|और|तथा|एवं|და|ან)(?!\w)"
# What may stand between two places of one list ("Malawi, Botswana and Zambia"). Single letters
# ("y", "e"), "l'", "e.g." and "z.B." are spelt by the last alternative and the marks: listed
# again, they let a gap be read in 2^n ways.
_GLUE = lazy_compile(
    r"^(?:[\s,;/&()\[\]\"'.:\u3001\uff0c\uff08\uff09\u2022\u30fb\u060c*]|\d{1,3}[.)]|"
    # a short aside in brackets before the comma or "and" of a list: "de Roumanie (mission
    # Aigle), d'Estonie (mission Lynx) et de Djibouti" (not "the Russia (Sanctions) (EU Exit)
    # Regulations")
    r"\([^()\n\d]{1,24}\)(?=\s*(?:[,;]|(?:and|et|und|y|e|og|och|i)\s))|"
    # (Persian and Arabic: the comma "،" and a free-standing "و", and; the state, republic,
    # kingdom or sultanate before a name: "الجمهورية التونسية، دولة ليبيا")
    r"(?<!\w)(?:و|دولة|الجمهورية|جمهورية|المملكة|مملكة|سلطنة|الإمارات)(?!\w)|"
    r"\b(?:and|or|und|oder|et|ed|ou|en|of|и|или|і|та|або|й|чи|czy|lub|oraz|albo|w tym|w tym na|"
    r"ve|veya|ile|och|og|eller|eða|dan|serta|atau|va|hoặc|dhe|apo|ose|"
    # Azerbaijani and Kazakh "and"; the "Republic" after a name in Azerbaijani, Uzbek, Kazakh
    r"və|və ya|және|мен|бен|пен|respublikası|respublikasi|республикасы|"
    + _GLUE_GREEK_HUNGARIAN
    + _GLUE_EAST
    + r"wraz z|the|die|der|den|dem|la|le|les|el|au|aux|"
    # "Germany, Austria and other EU countries"
    r"other|andere|anderen|autres|otros|otras|altri|outros|інших|других|innych|pozostałych|краін|стран|"
    # "..., as well as to the other countries of the European Union", with its "and" (not
    # "countries" alone: "Canada and countries of the EU are delivered as normal" is no list of
    # one role; nor "Suspended: Canada. Other countries: Mexico")
    r"(?:and|as well as(?: to)?|ainsi que(?: vers)?|et|sowie(?: in| nach)?|und|y|asi como(?: a)?|"
    r"e|en|nonche verso)\s+(?:(?:the|les|die|den|los|gli|de|os)\s+)?(?:other countries|"
    r"autres pays|anderen lander|anderen landern|otros paises|altri paesi|andere landen|"
    r"outros paises)|"
    # "США, страны Европейского союза, Канада": "countries of" within a list
    r"страны|краіни|"
    r"andre|andra|ovriga|øvrige|demas|muut|muihin|ja|"
    # (Portuguese "na China e na Malásia": "and in the" before the next; "Porto Rico, Guam e as
    # Ilhas Virgens": "and the")
    r"e na|e nas|e no|e nos|e em|e as|e os|"
    r"los|las|il|de|des|del|du|het|as well as|including|incl|inkl|inklusive|einschliesslich|"
    r"einschließlich|"
    r"addresses|address|destinations|locations|areas|adressen|adresses|direcciones|indirizzi|"
    r"member states?|member countries|member country|mitgliedstaaten|mitgliedstaat|lidstaten|"
    r"lidstaat|[eé]tats? membres?|estados? miembros?|stati membri|stato membro|"
    r"einschl|einschlieslich|sowie in|sowie|as well as in|und in|e in|e nel|e nella|e nei|"
    r"e negli|e nelle|as well as to|ainsi qu'en|ainsi qu'a|o in|o en|ou en|"
    # Italian "to the" said again before each place: "all'Italia, alla Repubblica di San Marino
    # e alla Città del Vaticano"
    r"alla|alle|allo|agli|ai|al|"
    r"así como en|asi como en|nonché in|nonche in|alsmede in|ainsi que|its|their|overseas|"
    r"territories|territory|such as|"
    r"namely|tal como|incluido|incluidos|compris|plus|also|auch|nor|neither|ni|nem|weder|"
    r"noch|for example|for instance|like|ad esempio|per esempio|par exemple|comme|por ejemplo|como|"
    r"zum beispiel|wie|bijvoorbeeld|zoals|por exemplo|например|наприклад|включая|зокрема|"
    # "в Китайскую Народную Республику ... и Республику Узбекистан": the word "republic"
    r"республик[аиуеой]|республік[аиуоі]|королевств[оау]|королівств[оау]|"
    r"[a-z])\b|[\u548c\u4e0e\u53ca\u3084\u3068\u3073\u4f8b\u5982\u5982]|और|" + _GLUE_AND_ASIA + r"|"
    # "欧盟27个成员国以及挪威、瑞士": "as well as", "(27) member states"
    r"以及|\d+个|\d+か国|成员国|成員國|加盟国)*$"
)
# The same without brackets: what carries a role back from the last place of a list to the
# ones before it ("Samoa, Fiji and Niue are not affected"), never out of a bracket.
_LIST_GLUE = lazy_compile(
    r"^(?:[\s,;/&\"'\u3001\uff0c\u30fb\u060c]|(?<!\w)و(?!\w)|"
    r"\b(?:and|or|und|oder|et|ed|ou|y|o|e|en|и|или|і|та|або|й|czy|lub|oraz|albo|the|die|der|den|"
    r"ve|veya|ile|och|og|eller|eða|dan|serta|atau|va|hoặc|dhe|apo|ose|və|және|мен|бен|пен|"
    + _GLUE_GREEK_HUNGARIAN
    + _GLUE_EAST
    + r"la|le|les|el|los|las|"
    r"l'|il|de|des|del|du|au|aux|het|as well as|sowie|ainsi que|nor|ni|nem|noch|to|a|à|para|per|"
    r"naar|nach|"
    # (Turkish "Avrupa Birliği üye ülkeleri ile Norveç ve İsviçre'ye": the members and)
    r"uye ulkeleri?|"
    r"в|до|у|for|fur|pour)\b|[\u548c\u4e0e\u53ca\u3084\u3068\u3073]|" + _GLUE_AND_ASIA + r")*$"
)


# "If you're sending to the USA, please see our USA updates page": a pointer, no news there.
_SEE_PAGE = lazy_compile(
    r"\b(?:(?:if|when|before) you(?:'re| are)? (?:sending|send|posting|post|shipping|ship)|"
    # "For information about our services to Russia, see our service suspensions page"
    r"for (?:(?:more )?(?:information|details|updates) (?:about|on|regarding) (?:our )?"
    r"(?:services?|shipments|items|parcels|mail|deliveries)|"
    r"shipments|items|parcels|mail|sending|deliveries|consignments|goods))\b"
    r"[^.\n]{0,80}?\b(?:please )?(?:see|visit|check|read|go to|refer to)\b[^.\n]{0,60}?"
    r"\b(?:page|guide|guidance|website|section)\b|"
    # "Customers with questions about mail to Puerto Rico and the U.S. Virgin Islands should
    # refer to the domestic Service Alerts page" (the dots of a name in between)
    r"\b(?:questions|enquiries|inquiries) (?:about|on|regarding) (?:mail|items|shipments|"
    r"parcels|sending|deliveries)\b[^\n]{0,80}?\b(?:should |please )?(?:see|visit|check|read|"
    r"go to|refer to)\b[^.\n]{0,60}?\bpage\b|"
    # "For delivery standards to all destinations, use Find a rate": a tool, no change
    r"\bfor (?:delivery standards|delivery times|transit times|rates|prices|postage)\b"
    r"[^.\n]{0,60}?\b(?:use|see|visit|check)\b|"
    # "To check the weight limit for any destination, use our postage calculator"
    r"\bto (?:check|find out|look up|confirm)\b[^.\n]{0,60}?\bfor (?:any|your|each|every)\b"
    r"[^.\n]{0,30}?\b(?:use|visit|see|consult)\b"
)
# A sentence that opens with "Read more about sending to Greenland on postnord.dk", "Les mer om
# å sende til Færøyene på posten.no": a page named by its address (not "Parcels to Russia are
# suspended; find out more at royalmail.com", which tells its change first)
_READ_MORE_SITE = lazy_compile(
    r"[\s\-\u2022*\u00b7>]*(?:read more|learn more|find out more|las mer|læs mere|les mer|"
    r"lees meer)\b[^.\n]{0,80}?\b(?:on|at|pa|op)\s+(?:www\.)?[a-z0-9-]+\.[a-z]{2,3}\b"
)
# "For updates on shipments to Israel, see the related service alert.": a pointer to another
# alert, when the sentence tells no change of its own ("For shipments to Israel, acceptance
# is suspended; check back for updates")
_SEE_ALERT = lazy_compile(
    r"\bfor (?:(?:updates?|information|details|news) (?:on|about|regarding) )?"
    r"(?:shipments|items|parcels|mail|sending|deliveries|consignments|goods)\b"
    r"[^.\n]{0,80}?\b(?:please )?(?:see|visit|check|read|go to|refer to)\b[^.\n]{0,60}?"
    r"\b(?:alerts?|advisory|advisories|updates?|notices?)\b"
)
# The same in Italian, French, Spanish, Portuguese and Dutch: "Per le spedizioni verso Israele
# si rimanda all'avviso dedicato", "Pour les envois vers Israël, consultez l'avis du 14 juin".
# Its verbs are also the cheap test before it, for the notice.
SEE_NOTICE_VERBS = (
    "si rimanda", "si veda", "vedere", "consultare", "consulta ", "voir", "consultez",
    "consulte",
    "verwijzen", "zie ", ", se ", "læs ", "siehe", "katso", "zobacz", "viz ", "veja",
    "inceleyiniz", "bakınız", "bakiniz",
)  # fmt: skip
_SEE_NOTICE = lazy_compile(
    # Swedish, Danish, Norwegian and German too: "För information om försändelser till
    # Ukraina, se vår sida Trafikinformation"
    r"\b(?:per|pour|para|voor|for|fur)\s+(?:(?:le|les|los|las|as|os|de|het)\s+)?"
    r"(?:(?:information|informasjon|informationen|oplysninger|infos?)\s+"
    r"(?:om|zu|zum|zur|uber)\s+)?"
    r"(?:spedizioni|invii|envois|envios|remessas|zendingen|pakketten|forsandelser|"
    r"forsendelser|sendinger|sendungen|pakker|paket)\b[^.\n]{0,80}?"
    # (Nordic "se" only after its comma: Romance "se" is a pronoun)
    rf"(?:\b(?:{'|'.join(v.strip() for v in SEE_NOTICE_VERBS if v[0] != ',')})|(?<=, )se)\b"
    r"[^.\n]{0,60}?\b(?:avvis[oi]|comunicazion[ei]|avis|avisos?|berichte?n?|pagina|page|"
    r"sida|sidan|side|siden|seite|meddelelse|meddelande|melding|"
    # the section of a site: "consulte las condiciones en la sección «¿Qué no puedo enviar?»"
    r"seccion|sezione|section|rubrique|rubriek|apartado|secao|seccao|abschnitt)\b"
    # Turkish says it last: "Ukrayna'ya yönelik gönderilere ilişkin bilgi için ilgili
    # duyurumuzu inceleyiniz"
    r"|\bbilgi(?:ler)? icin\b[^.\n]{0,40}?\b(?:duyuru|sayfa)\w*\s+(?:inceleyiniz|bak[iı]n[iı]z)\b"
)
# A line that names a place and points to another notice for it: "- USA: see our update on
# sending goods to the US"; Japanese "ベラルーシあての郵便物については、別途お知らせを
# ご確認ください" ("for mail to Belarus, see the separate notice")
_SEE_OTHER = lazy_compile(
    r"\s*(?:[-*\u2022]\s*)?(?P<label>[^.:\n]{1,40}):\s*(?:please\s+)?"
    r"(?:see|read|visit|check|refer to|siehe|voir|consultez|consulte|vedi|zie|lees|veja|"
    # (Nordic "se", "læs": also Romance "se" and French "les" unless a Nordic word follows)
    r"(?:se|læs|les|las)\s+(?=(?:reglerne|reglene|reglerna|vores|var|vare|siden|sidan|mer|"
    r"mere|om|her|nedenfor|nedan)\b))\b[^.,;\n]{0,60}?"
    r"\b(?:page|updates?|notices?|alerts?|advisory|guide|article|rules|regler\w*|reglene|"
    # (and the line ends with no new clause: not "check the new rules, alcohol can no longer")
    r"regeln|seite|regles|reglas|regole|regels|regras)\b[^,;.\n]{0,40}(?:[.:]|$)"
)
_SEE_OTHER_JA = lazy_compile(r"別途(?:お知らせ|ご案内|案内|掲載)")
# A sentence that opens with the places and sends the reader elsewhere for them: "For Brazil,
# Argentina and Colombia, please check the carrier's prohibited items list", "For Guinea-Bissau
# and Equatorial Guinea, please check the status table for each country"
_FOR_PLACES_SEE = lazy_compile(
    r"[\s\-\u2022*\u00b7>]*(?:for|pour|fur|para)\s[^.:;\n]{1,80}?,\s*"
    r"(?:please\s|veuillez\s|bitte\s)?(?:check|see|refer to|consult|visit|consultez|"
    r"consulter|consulte|beachten sie|lesen sie)\s[^.\n]{0,60}?"
    r"\b(?:table|tables|list|lists|page|pages|guide|website|section|tableau|liste|tabelle|"
    r"seite|tabla|lista|pagina)\b"
)
# "Per le spedizioni verso gli Stati Uniti restano valide le indicazioni pubblicate": the
# guidance given before, elsewhere, holds for the place
_STILL_VALID = lazy_compile(
    # the guidance first: "the guidance published earlier remains valid"
    r"\b(?:indicazioni|istruzioni|guidance|instructions|information|hinweise|informationen|"
    r"indications|informations|instrucciones|indicaciones|instructies|informatie)\b"
    r"[^.\n]{0,40}?\b(?:remains? valid|still appl(?:y|ies)|restent valables|reste valable|"
    r"blijven geldig|blijft geldig|gelten weiterhin|bleiben gultig|restano valide|"
    r"siguen vigentes)\b|"
    r"\b(?:restano valide|resta valida|rimangono valide|"
    r"gelten weiterhin|bleiben gultig|restent valables|reste valable|siguen vigentes|"
    r"siguen siendo validas|continuam validas|permanecem validas|blijven geldig|blijft geldig)\s+"
    r"(?:(?:le|the|die|les|las|as|de|our|unsere)\s+)?(?:indicazioni|istruzioni|informazioni|"
    r"guidance|instructions|information|hinweise|informationen|indications|informations|"
    r"instrucciones|indicaciones|informaciones|instrucoes|informacoes|instructies|informatie)\b"
)
# the words of _SEE_OTHER, _SEE_OTHER_JA and _STILL_VALID: the cheap test before them
SEE_OTHER_HINTS = ("see ", "read ", "visit ", "check ", "refer to", "別途", "valid", "still appl",
                   "gelten weiterhin", "gultig", "valable", "vigentes", "geldig", ": se ", ": læs ",
                   ": les ", ": las ", "siehe", ": voir", "consult", ": vea", ": vedi", ": zie ",
                   ": lees", ": veja")  # fmt: skip
# "Hinweise zum Versand nach Israel finden Sie in den jeweiligen Länderinformationen"
_FOUND_ELSEWHERE = lazy_compile(
    r"\b(?:hinweise|informationen|infos?|information|details|renseignements|informations)\s"
    r"(?:zum|zur|zu|on|about|regarding|sur|concernant)\s(?:the\s|den\s|die\s|les\s|l')?"
    r"(?:versand|sendungen|sending|shipping|shipments|mail|envois?)\b[^.\n]{0,80}?"
    r"\b(?:finden sie|can be found|are available|is available|ist verfugbar|sont disponibles|"
    r"trouverez)\b"
    # not a pointer to what follows: "finden Sie im Folgenden:", "can be found below"
    r"(?!\s+(?:im folgenden|nachfolgend|unten|hier|below|here|as follows|ci dessous))"
)


# The verbs of _FOUND_ELSEWHERE: the cheap test before it, for the notice and for a sentence
_FOUND_VERBS = (
    "finden sie",
    "can be found",
    "are available",
    "is available",
    "ist verfugbar",
    "sont disponibles",
    "trouverez",
)


# "Sending goods to the EU? Read our guide to customs requirements": a question that points
# to a page, no news for the place it names
_ASKED_SENDING = lazy_compile(
    # (after an opening mark and "and": "¿Y los envíos a países de la UE?")
    r"\s*(?:[-*\u2022]\s*)?\u00bf?(?:(?:and|y|et|und|e|en|i|och|og) )?(?:are you |you are )?"
    r"(?:(?:le |les |los |las |die |de |as |os )?"
    r"(?:sending|shipping|posting|items|parcels|packages|letters|spedizioni|envios|envois|"
    r"sendungen|zendingen|remessas|versand|"
    r"przesylki|przesyłki|отправления|відправлення)|(?:verstuur|verzend|stuur) je|"
    r"(?:verstuurt|verzendt|stuurt) u|"
    r"versenden sie|verschicken sie|envoyez vous|vous envoyez|envias|spedisci|skickar du|sender du)"
    r"\b[^.?\n]{0,80}\?$"
)
_READ_PAGE = lazy_compile(
    r"\s*(?:(?:please )?(?:see|visit|check|read|go to|refer to|bekijk|zie|lees|siehe|"
    r"lesen sie|consultez|voir|consulta|vedi)\b[^.\n]{0,60}?"
    r"\b(?:page|guide|guidance|website|section|notice|melding|pagina|seite|hinweis|"
    r"meldung|avis|aviso|avviso)\b|(?:different|other|separate|special) rules "
    r"apply\b)"
)


def _see_page_pointers(
    doc: Doc,
    roles: list[Role],
    page: bool,
    alert: bool,
    found: bool,
    notice: bool = False,
    other: bool = False,
    read_more: bool = False,
) -> None:
    """Places named only in a sentence that points to another page or alert ("If you're
    sending to the USA, please see our USA page"). The flags say which kinds of pointer the
    text may hold (each a cheap test of its words): most notices hold none."""
    known: dict[tuple[int, int], bool] = {}
    norm = doc.norm
    starts = [r.place.start for r in roles] if other else []  # in document order
    for r in roles:
        if r.role == STRONG and not doc.in_title(r.place.start):
            sentence = a, b = doc.sentence_of(r.place.start)
            points = known.get(sentence)
            if points is None:
                points = known[sentence] = bool(
                    (page and _SEE_PAGE.search(norm, a, b))
                    or (
                        (
                            # a plain substring test before each regex: most sentences
                            # hold neither pointer
                            (
                                alert
                                and norm.find("for ", a, b) >= 0
                                and _SEE_ALERT.search(norm, a, b)
                            )
                            or (
                                found
                                and any(norm.find(w, a, b) >= 0 for w in _FOUND_VERBS)
                                and _FOUND_ELSEWHERE.search(norm, a, b)
                            )
                            or (notice and _SEE_NOTICE.search(norm, a, b))
                            or (
                                other
                                and (
                                    _SEE_OTHER_JA.search(norm, a, b)
                                    or _STILL_VALID.search(norm, a, b)
                                )
                            )
                        )
                        and not changed_between(doc, a, b)
                    )
                    or (
                        read_more
                        and _READ_MORE_SITE.match(norm, a) is not None
                        and not changed_between(doc, a, b)
                    )
                    or (norm.startswith("?", b - 1) and _points_to_page(doc, a, b))
                    or _read_about_after_question(doc, a)
                )
            if not points and other and (see := _FOR_PLACES_SEE.match(norm, a, b)) is not None:
                # (the words of the list it names are no change: "prohibited items list")
                points = not changed_between(doc, see.end(), b)
            if (
                not points
                and other
                and r.source != "list"  # not a row of a list of stops
                and (see := _SEE_OTHER.match(norm, a, b)) is not None
                # the line is about a place: "- USA: see our update on goods to the US", not
                # "Note: read the guide for parcels to Israel"
                and _place_between(starts, a, see.end("label"))
            ):
                points = not changed_between(doc, a, b)
            if points:
                r.role, r.source = NEUTRAL, "pointer"
    if other:
        for r in roles:
            # "Please see the separate entries for Lebanon and Israel, where specific
            # restrictions apply": their changes, or their normal service, are told there; the
            # places are only the names of those entries
            if (
                r.role in (STRONG, UNAFFECTED, NEUTRAL)
                and not doc.in_title(r.place.start)
                and points_to_other_entries(doc, r.place.start)
            ):
                r.role, r.source = NAME, "pointer"


def _changes(doc: Doc) -> list[int]:
    """Where the words of a change (not of normal service) stand."""
    return [m.start for m in lexicon.matches(doc, "kinds") if m.value in _CHANGE_KINDS]


def _place_between(starts: list[int], a: int, b: int) -> bool:
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def change_starts(doc: Doc) -> list[int]:
    """Where the words of a change stand, found once a document."""
    return doc.once("_change_starts", _changes)


def changed_between(doc: Doc, a: int, b: int) -> bool:
    """Whether ``a:b`` holds words of a change (not of normal service)."""
    return any(a <= p < b for p in change_starts(doc))


_QUESTION_HEADING_LONGEST = 60
_NEWS_KINDS = frozenset(("suspension", "resumption", "delay", "prohibited_items"))
# a dated or renewed change: "from 3 June we accept parcels to Ukraine again"
_SECTION_NEWS = lazy_compile(
    r"\b(?:(?:from|as of|starting|ab|des|dès|desde|dal|vanaf|od|з|с)\s+(?:today|heute|\d)|"
    r"again|wieder|de nouveau|nuevamente|di nuovo|opnieuw|ponownie|знову|снова|ab sofort|"
    r"desormais|with immediate effect|effective immediately|con effetto immediato|"
    r"con efecto inmediato|met onmiddellijke ingang)\b"
)


def _answered_no(doc: Doc, roles: list[Role], markers: list[Match]) -> None:
    """A place in a question of scope that the next word answers "No" is left out, and one in
    a question of scope or of sending whose answer says nothing changes for it ("Sending to
    Norway? Declarations are already required; nothing changes")."""
    for r in roles:
        if r.role not in (STRONG, NEUTRAL) or doc.in_title(r.place.start):
            continue
        a, b = doc.sentence_of(r.place.start)
        if not ends_question(doc, b):
            if b + 1 < len(doc.full):
                # "I also ship to Norway. Does the same apply there? No."
                c, d = doc.sentence_of(b + 1)
                if (
                    d - c <= _SHORT_QUESTION
                    and ends_question(doc, d)
                    and ANSWER_NO.match(doc.norm, d)
                    and SCOPE_ASKED.search(doc.norm, c, d)
                    and _POINTS_THERE.search(doc.norm, c, d)
                    and not any(c <= q.place.start < d for q in roles)
                    # not "Does the gift exception apply there? No.": the rule holds there
                    and not _EXCEPTION_ASKED.search(doc.norm, c, d)
                ):
                    r.role, r.source = UNAFFECTED, "answer"
            continue
        if _ANSWER_YES.match(doc.norm, b):
            continue  # "答：是的，同样须缴纳关税": the place is affected
        same = _SAME_RULES_YES.match(doc.norm, b)
        if same is not None:
            said_end = doc.sentence_of(same.end())[1]
            if not any(b <= m.start < said_end for m in markers):
                continue
        if ANSWER_NO.match(doc.norm, b) and SCOPE_ASKED.search(doc.norm, a, b):
            r.role, r.source = UNAFFECTED, "answer"
        elif markers and (
            SCOPE_ASKED.search(doc.norm, a, b) or _ASKED_SENDING.match(doc.norm[a:b])
        ):
            # the answer: the rest of the line after the question, or the next line
            line_end = doc.line_of(b)[1]
            if not doc.full[b:line_end].strip():
                line_end = doc.line_of(min(line_end + 1, len(doc.full)))[1]
            answer_end = min(line_end, b + _ANSWER_LONGEST)
            said = [m for m in markers if b <= m.start and m.end <= answer_end]
            if said and not any(
                b <= m.start < answer_end
                and m.value in _NEWS_KINDS
                # not the cause that spares it: "not affected by the suspension"
                and not any(u.end <= m.start <= u.end + _CAUSE_AFTER_MARKER for u in said)
                for m in lexicon.matches(doc, "kinds")
            ):
                # not "Sending to Norway? Parcels are also suspended; letters are not affected"
                r.role, r.source = UNAFFECTED, "answer"


_ANSWER_LONGEST = 200
_SHORT_QUESTION = 60  # a question about the sentence before it: "Gilt dort dasselbe?"
# "Does the same apply there?", "Gilt dort dasselbe?", "Et là-bas ?": the question is about the
# place of the sentence before it
_POINTS_THERE = lazy_compile(
    r"\b(?:there|the same|dort|dasselbe|das gleiche|la bas|la aussi|de meme|alli|ahi|lo mismo|"
    r"lo stesso|daar|hetzelfde|dar|samma|det samme|tam|totez|to same|там|то же|те саме)\b"
)
_EXCEPTION_ASKED = lazy_compile(
    r"exce?pti|exempt|ausnahme|befrei|excepci|exenci|eccezion|esenzion|uitzonder|vrijstell|"
    r"undantag|unntak|undtag|wyjat|wyjąt|vyjimk|výjimk|isencao|isenção|исключени|виняток|винятк"
)
# an answer that opens with yes: the question's place is affected
_ANSWER_YES = lazy_compile(rf"{ANSWER_LEAD}(?:{YES_WORDS}|是的|会|會|对|對|네|예)(?![a-z])")
# "Sending to Sweden or Finland? The same rules apply to all 27 EU member states.": a yes,
# unless the answer goes on to spare a place
_SAME_RULES_YES = lazy_compile(
    r"\s*(?:the same rules apply|these rules also apply|die gleichen regeln gelten|"
    r"es gelten die gleichen regeln|les memes regles s'appliquent|se aplican las mismas normas|"
    r"valgono le stesse regole|dezelfde regels gelden|de samme reglene gjelder|"
    r"samma regler galler|de samme regler gælder)\b(?!\s+(?:only|as before|nur|seulement|solo))"
)
_CAUSE_AFTER_MARKER = 16  # " by the suspension"


def _asked_sections(doc: Doc, roles: list[Role]) -> None:
    """A question heading over standing advice ("Sending to the EU?" / "All parcels to
    countries in the European Union need an electronic customs declaration") on a page whose
    title names the news's places: the places in its section are no news."""
    if not any(r.role == STRONG and doc.in_title(r.place.start) for r in roles):
        return
    starts = doc.line_starts
    spans = []
    kind_words = lexicon.matches(doc, "kinds")
    for k in range(1, len(starts)):
        a, b = doc.line_of(starts[k])
        line = doc.norm[a:b].strip()
        if not (line.endswith("?") and len(line) <= _QUESTION_HEADING_LONGEST):
            continue
        if not _ASKED_SENDING.match(line):
            continue
        end = len(doc.full)
        for k2 in range(k + 1, len(starts)):
            if not doc.full[slice(*doc.line_of(starts[k2]))].strip() or heading_line(doc, k2):
                end = starts[k2]
                break
        if not any(
            a <= m.start < end and m.value in _NEWS_KINDS for m in kind_words
        ) and not _SECTION_NEWS.search(doc.norm, a, end):
            spans.append((a, end))  # not "Sending to Canada? / From today we suspend ..."
    if not spans:
        return
    for r in roles:
        if r.role == STRONG and any(a <= r.place.start < b for a, b in spans):
            r.role, r.source = NEUTRAL, "pointer"


# "Sending to the United States? Read about changes to how duties are collected": a teaser
# that links to another page, the whole rest of its line
# (or "Find out what has changed for parcels and letters >")
_READ_ABOUT = lazy_compile(
    r"\s*(?:please )?(?:(?:read|find out|learn)(?: more)? about|(?:find out|learn) (?:what|how))\b"
)


def _reads_about(doc: Doc, pos: int) -> bool:
    """A "Read about ..." sentence starts at ``pos`` and fills the rest of its line."""
    m = _READ_ABOUT.match(doc.norm, pos)
    if m is None:
        return False
    end = doc.sentence_of(m.end())[1]
    return not doc.full[end : doc.line_of(m.end())[1]].strip()


def _read_about_after_question(doc: Doc, a: int) -> bool:
    """The sentence at ``a`` is the "Read about ..." pointer that answers a question of
    sending right before it ("Sending to the US? Read about changes to duties on items sent to
    the US.")"""
    if a < 2 or not doc.norm.startswith("?", a - 1) or not _reads_about(doc, a):
        return False
    q = doc.sentence_of(a - 1)
    return _ASKED_SENDING.match(doc.norm[q[0] : q[1]]) is not None


def _points_to_page(doc: Doc, a: int, b: int) -> bool:
    """The question ``a:b`` is answered by a pointer to a page and nothing else on its line."""
    if not _ASKED_SENDING.match(doc.norm[a:b]):
        return False
    if _reads_about(doc, b):
        return True
    read = _READ_PAGE.match(doc.norm, b)
    if read is None:
        return False
    rest = doc.norm[read.end() : doc.line_of(b)[1]].strip()
    if read.group().rstrip().endswith("apply"):
        return not rest.strip(" .\u2026")  # "Different rules apply ...", and nothing more
    return len(rest) < 40 and ":" not in rest


def _history_sentences(doc: Doc) -> set[tuple[int, int]]:
    """Sentences that open with "Previously" / "Раніше": what happened before the news."""
    out = set()
    for m in lexicon.matches(doc, "kinds"):
        if m.value == "history_marks":
            sentence = doc.sentence_of(m.start)
            if not doc.full[sentence[0] : m.start].strip():
                out.add(sentence)
    return out


_CARRIED = (EXCLUDED, UNAFFECTED, ORIGIN, TRANSIT)


def _carry_back(doc: Doc, roles: list[Role]) -> None:
    """A role that the words after a list give ("Samoa, Fiji and Niue are not affected",
    "China and Vietnam origin") holds for every place of the list, not only the last."""
    for i in range(len(roles) - 1, 0, -1):
        r, q = roles[i], roles[i - 1]
        # Turkish writes "to" and "from" onto the last name of a list: "İran ve Irak'a" (to Iran
        # and Iraq), "Çin ve Hindistan'dan" (from China and India)
        suffixed = r.source == "suffix" and r.role in (STRONG, ORIGIN)
        if not suffixed and (r.source not in ("after", "clause") or r.role not in _CARRIED):
            continue
        if q.role not in (STRONG, NEUTRAL) or q.source in ("after", "route"):
            continue
        if suffixed and q.role != NEUTRAL:
            continue
        if doc.in_title(q.place.start) != doc.in_title(r.place.start):
            continue
        gap = doc.norm[q.place.end : r.place.start]
        # (the line breaks are in the text as written: normalised text has none)
        if paragraph_break(doc.full[q.place.end : r.place.start]) or not _LIST_GLUE.match(gap):
            continue
        q.role, q.source = r.role, r.source


# "from abroad" right before the cue of a place: mail that comes in to it
_FROM_ABROAD_BEFORE = lazy_compile(
    r"\b(?:from abroad|from other countries|from outside the country|aus dem ausland|"
    r"aus anderen landern|de l'etranger|del extranjero|dall'estero|uit het buitenland|"
    r"ze zahranici|z zagranicy|zo zahranicia|fra udlandet|fran utlandet|fra utlandet|do exterior)"
    r"\s*$"
)


# one word of each phrase of _FROM_ABROAD_BEFORE: most notices have none
_FROM_ABROAD_HINTS = (
    "abroad", "other countries", "outside the country", "ausland", "anderen landern", "etranger",
    "extranjero", "estero", "buitenland", "zahranic", "zagranic", "udlandet", "utlandet",
    "exterior",
)  # fmt: skip
# Words that say mail comes in (read on normalised text)
_INBOUND_WORDS = lazy_compile(
    r"\b(?:incoming|inbound|import\w*|einfuhr\w*|eingehend\w*|przychodz\w*|prichoz\w*|"
    r"inkommande|indgaende|innkommende|entrantes?|en provenance|in arrivo|inkomend\w*|"
    r"receive\w*|bei uns|verzoll\w*|dedouan\w*|sdoganament\w*)\b"
)


def _routes_home(doc: Doc, roles: list[Role]) -> None:
    """Mail coming in to the sender's own country: "från Finland till Sverige" beside "från
    Sverige till Finland", "für Pakete aus Großbritannien nach Deutschland fallen
    Einfuhrabgaben an" beside "nach Großbritannien", "zásilky ze zahraničí do České
    republiky". A place that mail goes to only from a destination of the notice (both ways, or
    said to come in), or only from abroad, is where the sender is: no destination."""
    routes: list[tuple[str, Role]] = []  # (where from, the role of the place it goes to)
    for r, q in zip(roles, roles[1:], strict=False):
        if (
            r.role == ORIGIN
            and q.role == STRONG
            and q.cue is not None
            and (
                (q.cue[0] >= r.place.end and not doc.norm[r.place.end : q.cue[0]].strip())
                or (q.source == "route" and q.cue[0] == r.place.start)  # "UK → Deutschland"
            )
            and r.place.code != q.place.code
        ):
            routes.append((r.place.code, q))
    if doc.holds_any(_FROM_ABROAD_HINTS):
        for q in roles:
            if (
                q.role == STRONG
                and q.cue is not None
                and _FROM_ABROAD_BEFORE.search(doc.norm, max(0, q.cue[0] - 40), q.cue[0])
            ):
                routes.append(("", q))
    if not routes:
        return
    inbound = {id(q) for _, q in routes}
    elsewhere = {r.place.code for r in roles if r.role == STRONG and id(r) not in inbound}
    pairs = {(source, q.place.code) for source, q in routes}
    for source, q in routes:
        if q.place.code in elsewhere:
            continue
        if not source:
            # from abroad, beside other destinations ("les envois en provenance de l'étranger à
            # destination de la Belgique" alone is the notice's one destination)
            home = bool(elsewhere)
        else:
            # mail both ways, or one way said to come in ("Einfuhrabgaben", "przychodzące",
            # "kommen nicht bei uns an", "we do not receive"), or asked about: not "parcels
            # from France to Spain may be late as well", a route through a destination
            a, b = doc.sentence_of(q.place.start)
            home = source in elsewhere and (
                (q.place.code, source) in pairs
                or _INBOUND_WORDS.search(doc.norm, a, b) is not None
                or doc.full[a:b].rstrip().endswith("?")  # "What about items from the US to
                # Australia?": a question about mail coming in
            )
        if home:
            q.role, q.source = ORIGIN, "route in"


# A sentence that opens by saying the one before holds for more places: "The same applies to
# Jersey and Guernsey" after "Items to Norway already need a declaration; nothing changes there"
_SAME_APPLIES = lazy_compile(
    r"\s*(?:the same (?:applies|is true|goes)|this also applies|(?:this|that) is also true|"
    r"the same rules? appl(?:y|ies)|(?:dasselbe|das gleiche|das selbe|gleiches) gilt|"
    r"il en va de meme|(?:cela|ceci) vaut (?:aussi|egalement)|lo mismo (?:se aplica|ocurre|vale)|"
    r"lo stesso vale|hetzelfde geldt|(?:dit|dat) geldt ook|"
    r"o mesmo (?:se aplica|vale)|to samo dotyczy)\b"
)


def _same_as_before(doc: Doc, roles: list[Role]) -> None:
    """Places of a sentence that opens with "the same applies to" take the role the places of
    the sentence before it have, when all of those are spared (unaffected or excluded)."""
    norm = doc.norm
    for i, r in enumerate(roles):
        if i == 0 or r.role not in (STRONG, NEUTRAL):
            continue
        start, end = doc.sentence_of(r.place.start)
        if not _SAME_APPLIES.match(norm, start, r.place.start):
            continue
        if changed_between(doc, start, end):
            continue  # "The same applies to parcels to Sweden, which are also suspended"
        before = doc.sentence_of(start - 1) if start > 0 else None
        earlier = [q for q in roles[:i] if before and before[0] <= q.place.start < before[1]]
        if earlier and all(q.role in (EXCLUDED, UNAFFECTED) for q in earlier):
            r.role, r.source = earlier[-1].role, "same"


# "the United States including its territories (Guam, Puerto Rico, ...)": the places listed
# are part of the place before them
_INCLUDING = lazy_compile(
    r"\s*(?:[,(]\s*)?(?:including|incl\.?|inkl\.?|inklusive|einschliesslich|einschließlich|"
    r"y compris|incluidos?|incluidas?|incluyendo|incluindo|inclusi|compres[oaie]|inclus[oae]|"
    r"inclusief|(?:a to )?vcetne|vratane|beleertve|mukaan lukien|inclusiv|"
    r"включая|включно з|w tym|wraz z|"
    # Greek, Albanian, Macedonian, Maltese: "συμπεριλαμβανομένων του Πουέρτο Ρίκο"
    r"συμπεριλαμβανομεν\w*|perfshire|вклучително|вклучувајќи|inkluz|inkluzi)\b"
    # "澳大利亚（含诺福克岛、圣诞岛）", "米国（グアム、北マリアナ諸島を含む）", "미국(괌 포함)"
    r"|\s*[（(]\s*(?:含|包括|包含)|\s*[（(](?=[^）)\n]{1,80}(?:を含む|を含め|포함)[）)])"
    # "Estados Unidos y sus territorios (Puerto Rico, Guam ...)", "et de leurs territoires :
    # Porto Rico, ..." (a dash or a line break before the list reads as two spaces in norm)
    r"|\s+(?:and|y|et|e|und|en)\s+(?:de\s+)?(?:its|their|sus|ses|leurs|i suoi|seine|ihre|seus|"
    r"zijn|hun)\s+(?:overseas\s+)?(?:territories|territorios|territoires|territori|gebiete|gebieden)"
    r"(?:\s+(?:d'outre mer|de ultramar|d'oltremare|overzeese))?(?=\s*[(:]|\s\s)"
)
# between "including" and the first part: nothing, or what the parts are ("its territories (",
# "the overseas departments:")
_INCLUDED_GAP = lazy_compile(
    r"\s*+(?:(?:its|their|the|ses|sus|seine|ihre|i suoi|zijn|il|lo|la|le|el|les|los|las|"
    r"o|os|as|der|die|das|het|του|τησ|των|τον|την|το|τα|τισ|τουσ)\s++)?(?:(?:overseas|outlying|island|"
    r"dependent|autonomous|d'outre mer|de ultramar)\s++)?(?:territories|territory|departments|"
    r"regions|islands|dependencies|possessions|d[eé]partements|territoires|territorios|territori|"
    r"gebiete|überseegebiete|uberseegebiete)?\s*+[(:,]?\s*+"
)


def _included_members(doc: Doc, roles: list[Role]) -> None:
    """Places listed as part of a place ("the United States including its territories (Guam,
    ...)") go where that place goes: a destination when the notice names it as one."""
    strong_codes = {r.place.code for r in roles if r.role == STRONG}
    if not strong_codes:
        return
    left_out = {r.place.code for r in roles if r.role in (EXCLUDED, UNAFFECTED)}
    norm = doc.norm
    for i, r in enumerate(roles):
        if r.role not in (STRONG, NEUTRAL) or r.place.code not in strong_codes:
            continue
        m = _INCLUDING.match(norm, r.place.end)
        if m is None:
            continue
        end, first = m.end(), True
        for q in roles[i + 1 :]:
            gap = norm[end : q.place.start]
            if first:
                if _INCLUDED_GAP.fullmatch(gap) is None:
                    break
            elif not _GLUE.match(gap) or paragraph_break(doc.full[end : q.place.start]):
                break
            if q.place.code in (WORLD, WORLD_WEAK):
                continue  # "its overseas departments (...)": a word, not a member
            if q.role == NEUTRAL and q.place.code not in left_out:
                q.role = STRONG
            end, first = q.place.end, False


def _quiet_headings(doc: Doc, roles: list[Role], standing: list[Match]) -> None:
    """A country heading whose section only says it is unaffected ("South Sudan / Services
    operate as normal") heads no change. A heading line that holds a change itself (a table row
    "Australia | Economy | not accepted") keeps it."""
    quiet = {r.place.code for r in roles if r.role == UNAFFECTED}
    if not quiet or not any(r.role == STRONG and r.place.code in quiet for r in roles):
        return
    # a heading with a cue of its own ("Post naar Israël, Jordanië en Cyprus" over "... worden
    # normaal verwerkt") is a heading too
    # (said to run as normal: not "remains suspended", whose place a heading may name as news)
    standing_sentences = {doc.sentence_of(m.start) for m in standing}
    normal = {
        r.place.code
        for r in roles
        if r.role == UNAFFECTED and doc.sentence_of(r.place.start) not in standing_sentences
    }
    headings = [
        r.source == "heading"
        or (
            r.source != "list"
            and r.place.code in normal
            and _heading_over_sentence(doc, r.place.start)
        )
        for r in roles
    ]
    cued = {
        r.place.code
        for r, heading in zip(roles, headings, strict=True)
        if r.role == STRONG and not heading
    }
    changed_lines: set[tuple[int, int]] | None = None
    for r, heading in zip(roles, headings, strict=True):
        code = r.place.code
        if r.role == STRONG and heading and code in quiet and code not in cued:
            if changed_lines is None:
                changed_lines = {
                    doc.line_of(m.start)
                    for m in lexicon.matches(doc, "kinds")
                    if m.value in _CHANGE_KINDS and not doc.in_title(m.start)
                }
            if doc.line_of(r.place.start) not in changed_lines and not _section_changes(
                doc, r, roles
            ):
                r.role = UNAFFECTED


_STATUS_HEADING_REST = 40  # "EUROPE, MIDDLE EAST, INDIA AND AFRICA": the other words of a line


def _status_only_headings(doc: Doc, roles: list[Role], unaffected: list[Match]) -> None:
    """A place heading whose section names no place and only says all is well there
    ("CANADA" over "No service alerts at this time.") heads no change."""
    if not unaffected:
        return
    for r in roles:
        if r.role != STRONG or r.source != "heading" or doc.in_title(r.place.start):
            continue
        line_start, line_end = doc.line_of(r.place.start)
        rest = doc.full[line_start : r.place.start] + doc.full[r.place.end : line_end]
        if len(rest.strip()) > _STATUS_HEADING_REST or any(c in rest for c in "|:："):
            continue  # a line of its own for the place, no table row or list head
        end = paragraph_end(doc, line_end)
        if end <= line_end or not any(line_end <= m.start < end for m in unaffected):
            continue
        if any(line_end <= q.place.start < end for q in roles) or changed_between(
            doc, line_end, end
        ):
            continue
        r.role = UNAFFECTED


def _section_changes(doc: Doc, heading: Role, roles: list[Role]) -> bool:
    """Whether the paragraph under a heading tells a change in a sentence that names none of
    its places as unaffected: "Jamaica – Hurricane" over "Delivery is disrupted island-wide.
    Customers should expect significant delays. Mail continues to be accepted for Jamaica."
    is a delay, the acceptance only goes on."""
    if doc.in_title(heading.place.start):
        return False
    line_end = doc.line_of(heading.place.start)[1]
    end = paragraph_end(doc, line_end)
    quiet = {
        doc.sentence_of(r.place.start)
        for r in roles
        if r.role == UNAFFECTED and line_end <= r.place.start < end
    }
    if not quiet:
        return False
    return any(
        m.value in _CHANGE_KINDS
        and line_end < m.start < end
        and doc.sentence_of(m.start) not in quiet
        for m in lexicon.matches(doc, "kinds")
    )


def _heading_over_sentence(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` is on a heading of the body (text.heading_line) with a longer sentence
    on the line after it: not an item of a list of places ("Cambodia" over "Georgia")."""
    if doc.in_title(pos):
        return False
    k = doc.line_index(pos)
    if k + 1 >= len(doc.line_starts) or not heading_line(doc, k):
        return False
    line = doc.full[slice(*doc.line_of(pos))].strip()
    after = doc.full[slice(*doc.line_of(doc.line_starts[k + 1]))].strip()
    return after.endswith((".", "!", "\u3002")) and len(after) > len(line)


_CHANGE_KINDS = frozenset(
    ("suspension", "prohibited_items", "restriction", "new_requirement", "duty_tax_change",
     "delay", "resumption")
)  # fmt: skip


# "بشكل اعتيادي ولكن مع تأخير" / "as normal but with delays": the change is not denied
_BUT_BETWEEN = lazy_compile(
    r"\b(?:but|however|although|aber|mais|pero|ma|maar|mas|ancak|ama)\b|(?:ولكن|لكن|غير أن|غير ان)"
)


def _quiet_sentences(doc: Doc, markers: list[Match]) -> set[tuple[int, int]]:
    """Sentences that say something is unaffected ("... continue as normal") and announce no
    change themselves: every place they name is unaffected, however long the list."""
    marked = {doc.sentence_of(m.start) for m in markers}
    for m in lexicon.matches(doc, "kinds"):
        if m.value in _CHANGE_KINDS:
            if any(
                mk.end <= m.start <= mk.end + 25
                and not _BUT_BETWEEN.search(doc.norm, mk.end, m.start)
                for mk in markers
            ):
                continue  # "was not affected by the suspension": the change is the one denied
            marked.discard(doc.sentence_of(m.start))
    for _a, b in list(marked):
        # "... will not be affected. Nor are items to the US.": the next sentence says the same
        if b + 1 < len(doc.full):
            nxt = doc.sentence_of(b + 1)
            if _NOR_OPENS.match(doc.norm, nxt[0]) and not changed_between(doc, *nxt):
                marked.add(nxt)
    return marked


# A sentence that says "nor" of the one before it: "Nor are items to the US", "Tampoco los
# envíos a EE. UU.", "Ebenso wenig Sendungen nach ..."
_NOR_OPENS = lazy_compile(
    r"\W*(?:nor|neither|tampoco|ni tampoco|ebenso wenig|ebensowenig|auch nicht|nemmeno|neanche|"
    r"neppure|evenmin|ook niet|tampouco)\b"
)
