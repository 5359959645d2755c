"""Session 70, from blind sets 387 (Nordic posts), 391-398 and probes."""

from __future__ import annotations

import pytest

from tests.classify_check import check_kind as _check


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "NO",
            "postal",
            "Stans i sendinger",
            "Flere flyselskaper har innstilt rutene, og vi har ikke lenger kapasitet til alle "
            "land. Fra 2. april stanser vi mottak av pakker til følgende land:\n\n- Brasil\n"
            "- Mexico\n- Japan\n\nSendinger til land i Europa går fortsatt, men med lengre "
            "leveringstid.",
            "suspension",
            ["BR", "JP", "MX"],
            id="no-not-capacity-to-all-then-a-list",
        ),
        pytest.param(
            "GB",
            "postal",
            "Temporary stop",
            "Many flights are cancelled and we no longer have capacity to all countries. From "
            "2 April we stop accepting parcels to the following countries:\n\n- Brazil\n- Mexico\n"
            "- Japan",
            "suspension",
            ["BR", "JP", "MX"],
            id="en-not-all-countries-then-a-list",
        ),
        pytest.param(
            "CA",
            "postal",
            "New rules for batteries",
            "From 1 May, spare lithium batteries are non-mailable to all international "
            "destinations.",
            "prohibited_items",
            ["*"],
            id="en-non-mailable-to-all-is-every-place",
        ),
        pytest.param(
            "NO",
            "postal",
            "Stans til Chile",
            "Sendinger til USA går fortsatt som normalt, men pakker til Chile stanses fra 1. mars.",
            "suspension",
            ["CL"],
            id="no-gar-fortsatt-is-unaffected",
        ),
        pytest.param(
            "NO",
            "postal",
            "Stans til Peru og Chile",
            "Pakker til Chile stanses fra 1. mars. Sendinger til Peru går fortsatt ikke.",
            "suspension",
            ["CL", "PE"],
            id="no-gar-fortsatt-ikke-is-still-stopped",
        ),
        pytest.param(
            "SE",
            "postal",
            "Alkohol får inte längre skickas till utlandet",
            "Från den 1 juni tar vi inte emot paket som innehåller alkohol. Förbudet gäller "
            "samtliga utrikes destinationer, även Danmark och Tyskland.",
            "prohibited_items",
            ["*"],
            id="sv-samtliga-utrikes-destinationer-even-two",
        ),
        pytest.param(
            "IS",
            "postal",
            "Tafir á sendingum",
            "Vegna verkfalls hjá flugfélaginu munu sendingar sem berast til landsins erlendis "
            "frá tefjast um nokkra daga.",
            "delay",
            ["IS"],
            id="is-arriving-from-abroad-is-the-own-country",
        ),
        pytest.param(
            "IS",
            "postal",
            "Hækkun á gjaldi",
            "Frá 1. maí hækkar tollmeðferðargjald á pakka frá útlöndum úr 600 kr. í 800 kr.",
            "duty_tax_change",
            ["IS"],
            id="is-fee-on-parcels-from-abroad",
        ),
        pytest.param(
            "GL",
            "postal",
            "Nye regler for pakker til Grønland",
            "Fra 1. maj skal alle pakker til Grønland have en tolddeklaration, uanset om de "
            "afsendes fra Danmark eller Tyskland.",
            "new_requirement",
            ["GL"],
            id="da-sent-from-is-an-origin",
        ),
        pytest.param(
            "DK",
            "postal",
            "Julegaver til Færøerne",
            "Fra 1. december skal pakker med gaver til Færøerne have en tolddeklaration, når "
            "du sender dem fra Tyskland.",
            "new_requirement",
            ["FO"],
            id="da-when-you-send-them-from",
        ),
    ],
)
def test_nordic_places_of_a_change(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            "JP",
            "セール開催のご案内",
            "期間中は注文数の増加が見込まれます。配送遅延によるお問い合わせを防ぐため、在庫と"
            "出荷体制をご確認ください。",
            id="ja-to-prevent-delays-is-advice",
        ),
        pytest.param(
            "JP",
            "台風シーズンについて",
            "台風シーズンのため、天候による国内配送の遅れが発生する場合があります。",
            id="ja-domestic-delivery-delays",
        ),
        pytest.param(
            "MX",
            "Nuevas comisiones",
            "A partir del 1 de mayo el envío gratis será obligatorio para productos de 299 pesos "
            "o más. Estos cambios aplican solo a ventas dentro de México.",
            id="es-changes-only-for-sales-within-the-country",
        ),
        pytest.param(
            "US",
            "Changes for sellers",
            "From May 1, free shipping is required for items over $35. These changes apply only "
            "to orders within the United States.",
            id="en-changes-only-for-orders-within",
        ),
    ],
)
def test_sellers_notices_of_no_change_abroad(origin: str, title: str, text: str) -> None:
    _check(title, text, origin, "other", "irrelevant")


@pytest.mark.parametrize(
    ("origin", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "JP",
            "遅延のお知らせ",
            "台風の影響により、米国宛て郵便物に配送遅延が発生しており、お届けまでに時間を"
            "要しています。",
            "delay",
            ["US"],
            id="ja-a-delay-that-is-happening",
        ),
        pytest.param(
            "JP",
            "遅延のお知らせ",
            "台風の影響により、国内配送および米国宛て郵便物の遅れが発生しています。",
            "delay",
            ["US"],
            id="ja-domestic-and-abroad-delayed",
        ),
        pytest.param(
            "MX",
            "Nuevos requisitos",
            "A partir del 1 de mayo la factura será obligatoria para envíos a Estados Unidos. "
            "Estos cambios aplican solo a ventas dentro de México.",
            "new_requirement",
            ["US"],
            id="es-within-the-country-beside-a-place-abroad",
        ),
        pytest.param(
            "US",
            "Delays to Canada",
            "Snowstorms in Canada can cause delays of up to three days for parcels to Canada.",
            "delay",
            ["CA"],
            id="en-can-cause-delays-is-still-a-delay",
        ),
    ],
)
def test_changes_beside_advice_and_domestic_words(
    origin: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, "postal", kind, codes)


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text"),
    [
        pytest.param(
            "KZ",
            "customs",
            "Объявление о конкурсе",
            "Департамент объявляет конкурс на занятие вакантных административных должностей: "
            "главный специалист отдела таможенного контроля международных почтовых отправлений. "
            "Требования: высшее образование. Документы кандидатов принимаются 7 дней.",
            id="ru-competition-for-vacant-posts",
        ),
        pytest.param(
            "KZ",
            "postal",
            "Итоги года",
            "Доход компании вырос на 12%. Компания открыла 200 постаматов и приостановила работу "
            "35 нерентабельных отделений в сельской местности.",
            id="ru-work-of-35-branches-suspended",
        ),
        pytest.param(
            "BY",
            "postal",
            "Подписная кампания на 2026 год",
            "Оформить подписку на периодические издания можно во всех отделениях. Доставка "
            "изданий подписчикам, не продлившим подписку, будет прекращена с 1 января.",
            id="ru-periodicals-no-longer-delivered",
        ),
        pytest.param(
            "UG",
            "postal",
            "Pay with mobile money and win",
            "Every customer who pays for EMS with mobile money enters a weekly draw. The grand "
            "prize is a smartphone. Terms and conditions apply. Promotion suspended for staff.",
            id="en-prize-draw-promotion-suspended-for-staff",
        ),
        pytest.param(
            "MO",
            "postal",
            "郵政儲金局調整定期存款利率",
            "郵政儲金局宣布調整定期存款年利率。同時，本局暫停接受以支票開立新的定期存款戶口。",
            id="zh-savings-bank-stops-cheque-deposits",
        ),
        pytest.param(
            "CM",
            "postal",
            "Horaires d'ouverture pendant la fête nationale",
            "Tous les bureaux de poste seront fermés le 20 mai. Les activités reprendront "
            "normalement le 22 mai aux heures habituelles d'ouverture.",
            id="fr-activities-resume-at-the-usual-hours",
        ),
        pytest.param(
            "HK",
            "postal",
            "慎防偽冒短訊",
            "香港郵政提醒市民，慎防聲稱「須繳付關稅方可放行」的偽冒短訊。",
            id="zh-hant-duty-in-a-fake-text",
        ),
    ],
)
def test_look_alikes_of_session_70(origin: str, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant")


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "TZ",
            "customs",
            "Matumizi ya mfumo mpya",
            "Kuanzia tarehe 1 Machi, mizigo yote inayoingia nchini kupitia posta itatakiwa "
            "kuwasilishwa kupitia mfumo wa kielektroniki.",
            "new_requirement",
            ["TZ"],
            id="sw-will-be-required-to-be-submitted",
        ),
        pytest.param(
            "ET",
            "postal",
            "ወደ ኬንያ የሚላኩ መልዕክቶችን መቀበል መቋረጡን ስለማሳወቅ",
            "ወደ ኬንያ የሚላኩ ደብዳቤዎች እና ጥቅሎች ተቀባይነት የማይኖራቸው መሆኑን እናሳውቃለን።",
            "suspension",
            ["KE"],
            id="am-acceptance-interrupted",
        ),
        pytest.param(
            "HK",
            "customs",
            "調整煙草稅率",
            "由今日起，進口雪茄的稅率由每公斤100元下調至50元。",
            "duty_tax_change",
            ["HK"],
            id="zh-hant-duty-rate-lowered",
        ),
        pytest.param(
            "NG",
            "customs",
            "Revised benchmark values",
            "The Nigeria Customs Service informs importers that revised benchmark values for "
            "all imports shall apply from 1 March.",
            "duty_tax_change",
            ["NG"],
            id="en-benchmark-values-revised",
        ),
        pytest.param(
            "KZ",
            "postal",
            "Приостановка",
            "С 1 марта приостанавливается приём посылок в Россию.",
            "suspension",
            ["RU"],
            id="ru-a-stop-without-branches-stays",
        ),
    ],
)
def test_changes_of_session_70(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind"),
    [
        pytest.param(
            "NG",
            "postal",
            "Mail to Niger resumes",
            "From Monday, post offices accept letters and parcels to Niger again. Previously, "
            "the post suspended all mail to Niger after the border closed.",
            "resumption",
            id="en-previously-suspended-is-history",
        ),
        pytest.param(
            "NG",
            "postal",
            "NIPOST ta dawo da aikawa zuwa Nijar",
            "NIPOST ta sanar da dawo da karbar wasiku zuwa Jamhuriyar Nijar. Idan za a iya "
            "tunawa, NIPOST ta dakatar da aikawa zuwa Nijar a watan Agusta.",
            "resumption",
            id="ha-as-may-be-recalled-is-history",
        ),
        pytest.param(
            "GH",
            "postal",
            "New documents for parcels to Togo",
            "From 1 June, all parcels to Togo must be accompanied by a CN 23 customs "
            "declaration and an invoice. Items presented without the required documents will "
            "not be accepted at the counter.",
            "new_requirement",
            id="en-without-the-required-documents-not-accepted",
        ),
        pytest.param(
            "GH",
            "postal",
            "Parcels to Mali",
            "Items posted to Mali can no longer be processed under the simplified regional "
            "arrangements. From 10 February every parcel to Mali must carry a CN 23 "
            "declaration.",
            "new_requirement",
            id="en-no-longer-processed-under-a-scheme",
        ),
        pytest.param(
            "KE",
            "customs",
            "Roll-out of the new customs system",
            "From 1 April every consignee must provide a PIN for all postal and courier "
            "imports. The old system will not accept postal and courier declarations after 31 "
            "March.",
            "new_requirement",
            id="en-old-system-no-longer-accepts-declarations",
        ),
        pytest.param(
            "DJ",
            "postal",
            "Situation en mer Rouge : continuité du service postal international",
            "Les perturbations du trafic maritime ne touchent pas le courrier. Le courrier et "
            "les colis internationaux continuent d'être acceptés vers toutes les destinations "
            "dans les délais habituels.",
            "informational",
            id="fr-continuity-of-service-in-the-title",
        ),
        pytest.param(
            "UG",
            "customs",
            "Clarification on the reported ban on importation of used clothes",
            "The Authority has noted reports in the media and on social media that the "
            "importation of used clothes has been banned. No legal instrument banning it has "
            "been issued; consignments continue to be cleared under the existing rates.",
            "informational",
            id="en-reported-ban-clarified",
        ),
        pytest.param(
            "KE",
            "other",
            "Suspension of importation of used textiles",
            "The importation of used clothes and used footwear into Kenya is suspended with "
            "immediate effect until further notice, including goods arriving by post.",
            "prohibited_items",
            id="en-an-agency-suspends-imports-of-goods",
        ),
        pytest.param(
            "AU",
            "other",
            "Foot-and-mouth disease in Indonesia: what it means for international mail",
            "There is no change to the import conditions for goods arriving in Australia by "
            "mail. Meat and dairy products from Indonesia were already not permitted in the "
            "mail, and these conditions continue to apply.",
            "informational",
            id="en-already-not-permitted-is-no-news",
        ),
        pytest.param(
            "PF",
            "postal",
            "Acheminement du courrier vers l'international",
            "Des retards importants sont à prévoir pour l'ensemble des destinations, notamment "
            "vers les États-Unis et le Japon, qui ne sont plus desservis en direct.",
            "delay",
            id="fr-no-longer-served-direct-is-late",
        ),
        pytest.param(
            "PF",
            "postal",
            "Délais",
            "Des retards sont à prévoir vers la France : les envois Colissimo et EMS ne "
            "bénéficient plus de l'engagement de délai jusqu'à nouvel ordre.",
            "delay",
            id="fr-no-longer-enjoy-the-delivery-commitment",
        ),
    ],
)
def test_history_consequences_and_procedures(
    origin: str, source_kind: str, title: str, text: str, kind: str
) -> None:
    _check(title, text, origin, source_kind, kind)


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind"),
    [
        pytest.param(
            "GB",
            "postal",
            "Suspension",
            "Previously announced: from 1 May, parcels to Chile will be suspended.",
            "suspension",
            id="en-previously-announced-and-still-ahead",
        ),
        pytest.param(
            "FR",
            "postal",
            "Grève : continuité du service assurée",
            "La grève perturbe le tri. Les colis vers l'Allemagne sont suspendus à partir du 3 "
            "mars.",
            "suspension",
            id="fr-continuity-title-beside-a-dated-stop",
        ),
        pytest.param(
            "KE",
            "postal",
            "Suspension",
            "Parcels to Somalia are suspended with immediate effect, including those for "
            "imports of spare parts.",
            "suspension",
            id="en-a-post-suspending-parcels-stays-a-stop",
        ),
        pytest.param(
            "IT",
            "postal",
            "Sospensione",
            "Dal 1 marzo sono sospese le spedizioni verso alcuni paesi, fra questi la Libia.",
            "suspension",
            id="it-fra-questi-stays-a-stop",
        ),
    ],
)
def test_guards_of_history_and_procedures(
    origin: str, source_kind: str, title: str, text: str, kind: str
) -> None:
    _check(title, text, origin, source_kind, kind)
