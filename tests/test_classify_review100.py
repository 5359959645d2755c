"""Session 100, from blind sets 844 on: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, or that it is no change)."""

from __future__ import annotations

import pytest

from tests.classify_check import check_fields

_NOTICES = [
    # a Turkish rate table under "Menşe" (origin): its rows are where goods come from, even
    # under a title about goods coming in ("gelen eşya"), and the duty is paid at home
    pytest.param(
        "TR",
        "other",
        "Posta yoluyla gelen eşyaya uygulanan vergi oranları değişti",
        "Posta veya hızlı kargo yoluyla gelen eşyada muafiyet sınırı 30 avroya indirilmiştir. "
        "Tek ve maktu vergi oranları aşağıdaki gibidir:\n\n"
        "Menşe | Önceki oran | Yeni oran\n"
        "Avrupa Birliği | %18 | %30\n"
        "Diğer ülkeler | %30 | %60",
        {"destinations": ["TR"], "change_kind": "duty_tax_change"},
        id="tr-origin-column-under-a-title-of-goods-coming-in",
    ),
    # ... the same with the header "Gönderinin geldiği yer" (where the item comes from)
    pytest.param(
        "TR",
        "other",
        "Posta yoluyla gelen eşyaya ilişkin yeni oranlar",
        "Yurt dışından gelen eşyada gümrük vergisi oranları güncellenmiştir:\n\n"
        "Gönderinin geldiği yer | Oran\n"
        "Almanya | %30\n"
        "Diğer ülkeler | %60",
        {"destinations": ["TR"], "change_kind": "duty_tax_change"},
        id="tr-where-the-item-comes-from-column",
    ),
    # a column of origins under a title of inbound mail (not of imports) still names the lanes
    # the delays are on
    pytest.param(
        "US",
        "postal",
        "Inbound international mail delays",
        "Inbound mail from the countries below is delayed.\n\n"
        "Country of origin | Status\n"
        "Brazil | Delayed\n"
        "Chile | Delayed",
        {"destinations": ["BR", "CL"], "change_kind": "delay"},
        id="en-origin-column-under-an-inbound-title-names-the-lanes",
    ),
    # Turkish "dışından gelen" (coming from outside): the union is no destination
    pytest.param(
        None,
        "other",
        "Gümrük muafiyet sınırı düşürüldü",
        "AB ülkeleri dışından gelen gönderilerde uygulanan tek ve maktu vergi oranı %30 "
        "olarak uygulanacak.",
        {"destinations": ["*"], "change_kind": "duty_tax_change"},
        id="tr-coming-from-outside-the-eu",
    ),
    # French "sont rallongés" (are lengthened): the delivery times of the sentence's mail
    pytest.param(
        "BJ",
        "postal",
        "Fermeture de la frontière",
        "Les délais de distribution des envois à destination du Nigeria sont rallongés de "
        "dix à quinze jours ouvrables.",
        {"destinations": ["NG"], "change_kind": "delay"},
        id="fr-delivery-times-are-lengthened",
    ),
    # a stop said to be no longer in effect is lifted ...
    pytest.param(
        "US",
        "postal",
        "Statement",
        "The suspension of mail to Canada is no longer in effect.",
        {"destinations": ["CA"], "change_kind": "resumption"},
        id="en-suspension-no-longer-in-effect",
    ),
    # Chinese sums in hundreds of millions of yuan are trade figures
    pytest.param(
        "CN",
        "customs",
        "2024年跨境电商进出口2.63万亿元",
        "海关总署发布数据，2024年我国跨境电商进出口2.63万亿元，增长10.8%。海关持续优化监管服务，"
        "扩大出口退税政策覆盖范围。",
        {"relevant": False},
        id="zh-trade-figures-in-yuan",
    ),
    # Chinese fake text messages in a carrier's name
    pytest.param(
        None,
        "carrier",
        "提防冒認本公司的虛假短訊",
        "近日有不法分子冒認本公司名義發送虛假短訊，聲稱包裹需繳付海關關稅而滯留，並要求收件人"
        "輸入信用卡資料。本公司不會透過短訊要求客戶付款。",
        {"relevant": False},
        id="zh-fake-text-messages",
    ),
    # a carrier's new building is no change, even where it says nothing changes
    pytest.param(
        "CA",
        "carrier",
        "Carrier opens new terminal in Moncton",
        "We are pleased to announce the opening of our new terminal in Moncton. The facility "
        "includes 30 dock doors. Customers do not need to take any action: pickup schedules, "
        "account numbers and transit times remain unchanged, and all shipments will be routed "
        "through the new terminal automatically.",
        {"relevant": False},
        id="en-new-terminal",
    ),
    # Irish: a customs declaration needed for parcels to the United Kingdom; "geansaí" (a
    # jumper) is no Guernsey
    pytest.param(
        "IE",
        "postal",
        "Earraí a sheoladh chuig an Ríocht Aontaithe",
        "Ó 1 Eanáir, beidh dearbhú custaim ag teastáil le haghaidh gach beart ina bhfuil earraí "
        "a sheoltar chuig an Ríocht Aontaithe. Cur síos cruinn a thabhairt ar gach earra, mar "
        "shampla 'geansaí olla' seachas 'éadaí'.",
        {"destinations": ["GB"], "change_kind": "new_requirement"},
        id="ga-customs-declaration-needed",
    ),
    # ... and for plants and seeds
    pytest.param(
        "IE",
        "postal",
        "Plandaí a sheoladh",
        "Ó 1 Eanáir, beidh dearbhú custaim ag teastáil le haghaidh plandaí agus síolta a "
        "sheoltar chuig an Ríocht Aontaithe.",
        {
            "destinations": ["GB"],
            "change_kind": "new_requirement",
            "categories": ["animals_plants"],
        },
        id="ga-plants-need-a-customs-declaration",
    ),
    # a carrier's new name and look is no change
    pytest.param(
        None,
        "carrier",
        "Parcelco is now Sendly",
        "Today Parcelco becomes Sendly: a new name and a new look for our vans and our app.\n\n"
        "What does this mean for you?\nNothing changes in the way you send or receive parcels "
        "with us. Your tracking numbers still work, and our prices for sending within the UK "
        "and to more than 200 international destinations stay the same.",
        {"relevant": False},
        id="en-new-name-and-look",
    ),
    # categories a kind names only as examples beside the goods it is about (measured on the
    # read sets): letters in a new requirement, sales in an all-clear, clothes in a stop,
    # jewellery in a duty change
    pytest.param(
        "GB",
        "postal",
        "New customs data for the USA",
        "From 1 March, letters and parcels to the United States containing goods must carry "
        "electronic customs data.",
        {"change_kind": "new_requirement", "categories": ["all_goods"]},
        id="en-letters-beside-goods-in-a-new-requirement",
    ),
    pytest.param(
        "GB",
        "postal",
        "Strike in France",
        "Deliveries of parcels to France, including online shop orders from e-commerce "
        "sellers, continue as normal despite the strike.",
        {"change_kind": "informational", "categories": ["all_goods"]},
        id="en-sales-beside-goods-in-an-all-clear",
    ),
    pytest.param(
        "GB",
        "postal",
        "Kenya",
        "From 1 May, acceptance of all goods to Kenya, including clothing and shoes, is suspended.",
        {"change_kind": "suspension", "categories": ["all_goods"]},
        id="en-clothes-beside-goods-in-a-stop",
    ),
    pytest.param(
        "GB",
        "customs",
        "Import duty",
        "From 1 July, import duty rises to 12% on all goods sent to the United Kingdom, "
        "watches and jewellery included.",
        {"change_kind": "duty_tax_change", "categories": ["all_goods"]},
        id="en-jewellery-beside-goods-in-a-duty-change",
    ),
    # ... a category alone stays
    pytest.param(
        "GB",
        "postal",
        "Clothes to Kenya",
        "From 1 May, parcels of clothing and shoes to Kenya are suspended.",
        {"change_kind": "suspension", "categories": ["textiles"]},
        id="en-clothes-alone-in-a-stop",
    ),
    # ... not when the words are said of something else beside a stop that goes on
    pytest.param(
        "GB",
        "postal",
        "Update",
        "The guidance issued in March is no longer in force. Mail to Israel remains suspended "
        "until further notice.",
        {"destinations": ["IL"], "change_kind": "suspension"},
        id="en-other-guidance-no-longer-in-force-beside-a-stop",
    ),
    # Turkish "dışından gelen" (coming from outside) names no origin: said of the country
    # itself, it is goods coming in there
    pytest.param(
        "TR",
        "other",
        "Vergi oranı",
        "Türkiye dışından gelen posta gönderilerinde uygulanan vergi oranı %60'a çıkarılmıştır.",
        {"destinations": ["TR"], "change_kind": "duty_tax_change"},
        id="tr-coming-from-outside-the-country-itself",
    ),
    # French: more days to collect a parcel is no delay
    pytest.param(
        "FR",
        "postal",
        "Colis en instance",
        "Les délais de mise en instance de vos colis dans nos bureaux de poste sont allongés : "
        "vous disposez désormais de 15 jours pour les retirer.",
        {"relevant": False},
        id="fr-longer-time-to-collect-is-no-delay",
    ),
    # customs that refuse what lacks a new requirement announce the requirement, not a stop
    pytest.param(
        "KR",
        "customs",
        "개인통관고유부호 기재 의무화",
        "2025년 1월 1일부터 해외직구 물품을 받으려면 개인통관고유부호를 반드시 기재해야 "
        "합니다. 부호가 없는 물품은 받지 않습니다.",
        {"destinations": ["KR"], "change_kind": "new_requirement"},
        id="ko-customs-refuse-items-without-the-customs-code",
    ),
    pytest.param(
        "NO",
        "customs",
        "Krav til tollinformasjon",
        "Fra 1. april er det krav om elektronisk tollinformasjon for alle varesendinger til "
        "Norge. Sendinger uten denne informasjonen er ikke lenger mulig å fortolle, og de blir "
        "returnert.",
        {"destinations": ["NO"], "change_kind": "new_requirement"},
        id="no-customs-no-longer-clear-items-without-data",
    ),
    # ... a post that stops parcels still stops them
    pytest.param(
        "GB",
        "postal",
        "Kenya",
        "From 1 May we will no longer accept parcels to Kenya. Customs declarations must be "
        "completed online.",
        {"destinations": ["KE"], "change_kind": "suspension"},
        id="en-post-stop-beside-a-requirement-stays-a-stop",
    ),
    # ... said after the refusal ("will not be accepted ... that do not carry")
    pytest.param(
        "SA",
        "customs",
        "رقم الهوية للمستلم في الشحنات الواردة",
        "اعتبارًا من 1 يناير 2025، يجب أن تتضمن جميع الشحنات البريدية الواردة رقم الهوية "
        "الوطنية للمستلم. لن يتم قبول الشحنات التي لا تحتوي على رقم الهوية وسيتم إعادتها إلى "
        "المرسل.",
        {"destinations": ["SA"], "change_kind": "new_requirement"},
        id="ar-customs-refuse-items-without-the-id-number",
    ),
    # ... but customs suspending imports ban them, whatever else must carry a permit, and a
    # customs office closed stops clearance there
    pytest.param(
        "AU",
        "customs",
        "Suspension of imports of uncooked prawns",
        "Australia has suspended imports of uncooked prawns from all countries. Other seafood "
        "products must be accompanied by a valid import permit.",
        {"destinations": ["AU"], "change_kind": "prohibited_items", "categories": ["food"]},
        id="en-customs-suspend-imports-beside-a-permit-is-a-ban",
    ),
    pytest.param(
        "AT",
        "customs",
        "Zollamt geschlossen",
        "Das Zollamt Wien Flughafen ist am 3. Mai geschlossen; es werden keine Postsendungen "
        "verzollt. Anmeldungen müssen beim Zollamt Wien eingereicht werden.",
        {"destinations": ["AT"], "change_kind": "suspension"},
        id="de-customs-office-closed-stays-a-stop",
    ),
    # ... nor an outage whose sentence says "indefinitely" (無期限) or "without delay"
    pytest.param(
        "JP",
        "customs",
        "システム障害のお知らせ",
        "税関システムの障害により、国際郵便物の通関手続きを無期限で一時停止しています。"
        "利用者は追跡番号を保管する必要があります。",
        {"destinations": ["JP"], "change_kind": "suspension"},
        id="ja-customs-outage-indefinitely-stays-a-stop",
    ),
    pytest.param(
        "DE",
        "customs",
        "Systemstörung",
        "Aufgrund einer Systemstörung ist die Zollabfertigung von Paketen ausgesetzt, sie wird "
        "nach Behebung der Störung ohne Verzögerung wieder aufgenommen. Empfänger müssen ihre "
        "Sendungsnummer bereithalten. Empfänger müssen mit Verzögerungen rechnen.",
        {"destinations": ["DE"], "change_kind": "suspension"},
        id="de-customs-outage-without-delay-stays-a-stop",
    ),
    # French delivery times lengthened, said at the end of the sentence with no figure
    pytest.param(
        "FR",
        "postal",
        "Canada",
        "En raison de la grève, les délais de distribution du courrier et des colis à "
        "destination du Canada sont allongés.",
        {"destinations": ["CA"], "change_kind": "delay"},
        id="fr-delivery-times-lengthened-with-no-figure",
    ),
]


@pytest.mark.parametrize(("origin", "kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str | None, kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, kind, title, text, want)
