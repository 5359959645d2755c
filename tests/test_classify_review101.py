"""Session 101, from blind sets 864 on: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, or that it is no change)."""

from __future__ import annotations

import pytest

from tests.classify_check import check_fields

_NOTICES = [
    # a domestic resumption beside international service that runs as usual: the holiday
    # notice is an all-clear for the places abroad, not a resumption at home
    pytest.param(
        "RO",
        "carrier",
        "Ziua Muncii: livrările internaționale continuă normal",
        "Pe 1 mai este zi liberă legală. Serviciile noastre internaționale către Ungaria și "
        "Bulgaria funcționează fără întrerupere, iar livrarea se face în termenele obișnuite.\n"
        "Serviciu | Status\nColet Ungaria | funcționează normal\n"
        "Colet Bulgaria | funcționează normal\n"
        "Pe 1 mai nu facem ridicări de la expeditori; ridicările și livrările naționale se "
        "reiau pe 2 mai.",
        {"destinations": ["BG", "HU"], "change_kind": "informational"},
        id="ro-domestic-deliveries-resume-beside-normal-international-service",
    ),
    pytest.param(
        "PL",
        "carrier",
        "Easter: international parcels continue normally",
        "Our road services to Germany and Czechia run without interruption over Easter. There "
        "are no pick-ups on Monday; domestic collections resume on Tuesday.",
        {"destinations": ["CZ", "DE"], "change_kind": "informational"},
        id="en-domestic-collections-resume-beside-normal-international-service",
    ),
    # ... but a resumption of mail abroad stays one
    pytest.param(
        "BG",
        "carrier",
        "Възстановяваме доставките до Сърбия",
        "От 3 юни отново приемаме пратки с адрес на получател в Сърбия.",
        {"destinations": ["RS"], "change_kind": "resumption"},
        id="bg-we-restore-deliveries-abroad",
    ),
    # a network of lockers grown (Romanian), a domestic price list (Bulgarian)
    pytest.param(
        "RO",
        "carrier",
        "Rețeaua de lockere a ajuns la 3.000 de puncte",
        "Rețeaua a ajuns la 3.000 de lockere în toată țara: am instalat 400 de lockere noi în "
        "Banat. Greutatea maximă a coletului este 20 kg. Lockerele sunt disponibile exclusiv "
        "pentru expedieri și livrări naționale.",
        {"relevant": False},
        id="ro-lockers-for-domestic-mail-only",
    ),
    pytest.param(
        "BG",
        "postal",
        "Нови цени на колетни пратки от 1 юли",
        "От 1 юли влизат в сила нови цени за колетни пратки с адрес на получател в страната.\n"
        "Тегло | Цена\nдо 2 кг | 5,00 лв.\nдо 10 кг | 8,40 лв.",
        {"relevant": False},
        id="bg-price-list-for-recipients-in-the-country",
    ),
    # a tender suspended (Albanian, Romanian), pensions delayed (Romanian), customs revenue
    # paid into the budget (Ukrainian)
    pytest.param(
        None,
        "postal",
        "Njoftim për pezullimin e procedurës së prokurimit",
        "Procedura e prokurimit për furnizimin me automjete për shpërndarjen e pakove "
        "pezullohet përkohësisht deri në shqyrtimin e ankesës.",
        {"relevant": False},
        id="sq-procurement-procedure-suspended",
    ),
    pytest.param(
        "RO",
        "postal",
        "Achiziție publică: servicii de transport colete, procedură suspendată",
        "Procedura de atribuire pentru transportul coletelor este suspendată până la "
        "soluționarea contestației.",
        {"relevant": False},
        id="ro-public-procurement-suspended",
    ),
    pytest.param(
        "RO",
        "postal",
        "Întârzieri la plata pensiilor în județul Vaslui",
        "Din cauza drumurilor blocate de zăpadă, plata pensiilor la domiciliu se va face cu "
        "întârzieri de 1-2 zile.",
        {"relevant": False},
        id="ro-pension-payments-delayed",
    ),
    pytest.param(
        "UA",
        "customs",
        "У квітні митниці перерахували до держбюджету 35 млрд грн",
        "Митниці забезпечили надходження до державного бюджету в сумі 35 млрд грн. "
        "Надходження від оподаткування міжнародних поштових відправлень становили 1,1 млрд грн. "
        "Протягом місяця митниці завели 900 справ про порушення митних правил.",
        {"relevant": False},
        id="uk-customs-revenue-into-the-state-budget",
    ),
    # Serbian customs: data about the recipient becomes compulsory (not a duty change)
    pytest.param(
        "RS",
        "customs",
        "Od 1. marta obavezni podaci o primaocu za pošiljke iz inostranstva",
        "Od 1. marta biće obavezno dostavljanje podataka o primaocu za sve kurirske pošiljke "
        "sa robom iz inostranstva. Carinski dug se i dalje obračunava na isti način.",
        {"destinations": ["RS"], "change_kind": "new_requirement"},
        id="sr-recipient-data-compulsory",
    ),
    # Spanish legal time limits suspended over an authority's holidays: no mail stopped
    pytest.param(
        "MX",
        "customs",
        "Días inhábiles del 22 de diciembre al 5 de enero",
        "Se consideran días inhábiles del 22 de diciembre al 5 de enero, por lo que en dicho "
        "periodo se suspenden los plazos de los trámites ante la autoridad aduanera.",
        {"relevant": False},
        id="es-legal-time-limits-suspended",
    ),
    # a carrier's new station in Japan ("必要" of a booking for its opening event)
    pytest.param(
        "JP",
        "carrier",
        "仙台ステーション開設のお知らせ",
        "2026年4月1日より宮城県仙台市に新たなステーションを開設いたします。国際エクスプレス貨物の"
        "集荷時間が短縮されます。新拠点の開設に伴い、一部地域の担当が移管されます。"
        "開設記念の無料相談会へのご参加には事前予約が必要です。",
        {"relevant": False},
        id="ja-new-station-opened",
    ),
    # a Japanese notice said to be about domestic mail, international mail unchanged
    pytest.param(
        "JP",
        "postal",
        "離島から発送するゆうパック：移動規制品目のご案内",
        "特殊病害虫の発生のため、これらの地域から本土への一部の植物の移動が禁止されています。"
        "このお知らせは国内郵便に関するものであり、国際郵便の取扱いに変更はありません。",
        {"relevant": False},
        id="ja-notice-about-domestic-mail",
    ),
    # Swedish opening hours at midsummer
    pytest.param(
        "SE",
        "postal",
        "Öppettider under midsommar",
        "Inför midsommarhelgen ändras öppettiderna hos våra ombud. Midsommarafton: stängt. "
        "Ingen utdelning sker på midsommardagen. Tullhantering av paket från länder utanför "
        "EU fortsätter som vanligt och påverkas inte.",
        {"relevant": False},
        id="sv-opening-hours-at-midsummer",
    ),
    # categories a kind names only as examples beside other goods (counted on the read sets):
    # sales in a new requirement, dangerous goods beside the batteries a limit or a stop is of
    pytest.param(
        "GB",
        "postal",
        "New customs data for parcels to Norway",
        "From 1 March all parcels containing goods sent to Norway, including e-commerce sales, "
        "must carry the seller's VOEC number and an electronic customs declaration.",
        {"categories": ["all_goods"], "change_kind": "new_requirement"},
        id="en-sales-as-an-example-of-goods-needing-data",
    ),
    # ... but sales and gifts named together are the two scopes of the rule
    pytest.param(
        "GB",
        "postal",
        "New customs data for items to Norway",
        "From 1 March all items containing goods sent to Norway, both commercial items and "
        "gifts, must carry an electronic customs declaration.",
        {"categories": ["all_goods", "commercial_goods", "gifts"]},
        id="en-commercial-items-and-gifts-both-named",
    ),
    pytest.param(
        "FR",
        "postal",
        "Nouvelles limites pour les piles au lithium",
        "À partir du 1er mars, les colis vers le Canada ne peuvent contenir que deux piles au "
        "lithium installées dans l'appareil ; les autres marchandises dangereuses restent exclues.",
        {"categories": ["lithium_batteries"], "change_kind": "restriction"},
        id="fr-dangerous-goods-beside-a-battery-limit",
    ),
    pytest.param(
        "DE",
        "carrier",
        "Lithiumbatterien nach Australien vorübergehend ausgesetzt",
        "Wir setzen die Annahme von Sendungen mit Lithiumbatterien und anderen Gefahrgütern nach "
        "Australien bis auf Weiteres aus.",
        {"categories": ["lithium_batteries"], "change_kind": "suspension"},
        id="de-dangerous-goods-beside-a-battery-stop",
    ),
    # a seller's account suspended by a marketplace; German "nothing to set" (einstellen, to
    # discontinue, is also to set)
    pytest.param(
        None,
        "other",
        "Seller performance: what can lead to an account suspension",
        "If your late shipment rate on international orders rises above 4%, we may suspend "
        "your account. An account suspension hides your listings until you appeal.",
        {"relevant": False},
        id="en-seller-account-suspension",
    ),
    pytest.param(
        None,
        "other",
        "Neu: Geschenkmodus für Käufer in Deutschland",
        "Der Geschenkmodus ist jetzt für Käufer in Deutschland verfügbar. Artikel werden "
        "automatisch berücksichtigt. Sie müssen nichts einstellen.",
        {"relevant": False},
        id="de-nothing-to-set",
    ),
    # Japanese "no longer eligible for shipping to every country" of the goods named
    pytest.param(
        "JP",
        "other",
        "海外配送の対象商品の変更",
        "2026年3月1日より、モバイルバッテリーはすべての国・地域への配送対象外となります。",
        {"destinations": ["*"], "categories": ["lithium_batteries"], "change_kind": "restriction"},
        id="ja-no-longer-eligible-for-shipping",
    ),
    # Portuguese "nova Pauta Aduaneira" (a new customs tariff) with its table of rates
    pytest.param(
        "AO",
        "customs",
        "Nova Pauta Aduaneira 2026",
        "A partir de 1 de Janeiro de 2026 entra em vigor a nova Pauta Aduaneira, aplicável às "
        "remessas por via postal e courier.\nProduto | Taxa anterior | Nova taxa\n"
        "Cerveja | 50% | 60%",
        {"destinations": ["AO"], "change_kind": "duty_tax_change"},
        id="pt-new-customs-tariff",
    ),
    # "restores" in a title, over the pause it ends
    pytest.param(
        "GB",
        "other",
        "Royal Mail restores international services to Canada",
        "Following the temporary pause introduced at the end of May, Royal Mail has resumed "
        "accepting parcels for Canada from 16 June.",
        {"destinations": ["CA"], "change_kind": "resumption"},
        id="en-restores-services",
    ),
    # Dutch: the rates of the general spending tax on imports change
    pytest.param(
        None,
        "customs",
        "Wijziging ABB-tarieven bij invoer per 1 januari",
        "Per 1 januari wijzigen de tarieven van de algemene bestedingsbelasting bij de invoer "
        "van goederen op Bonaire.\nEiland | Oud | Nieuw\nBonaire | 8% | 7%",
        {"destinations": ["BQ"], "change_kind": "duty_tax_change"},
        id="nl-spending-tax-rates-on-imports-change",
    ),
    # guards from the first review: the same words where a change is real
    pytest.param(
        "RO",
        "customs",
        "Achizițiile publicate pe platforme online din afara UE: taxă de 25 de lei",
        "De la 1 ianuarie se percepe o taxă de 25 de lei pentru fiecare colet cu valoare redusă "
        "trimis din afara Uniunii Europene.",
        {"change_kind": "duty_tax_change"},
        id="ro-purchases-published-online-is-no-tender",
    ),
    pytest.param(
        "BG",
        "customs",
        "Електронна митна декларация за пратки от трети страни",
        "От 1 юли всички куриерски пратки от трети страни с адрес на получател в страната "
        "трябва да бъдат придружени от електронна митническа декларация.",
        {"destinations": ["BG"], "change_kind": "new_requirement"},
        id="bg-inbound-parcels-to-a-recipient-in-the-country",
    ),
    pytest.param(
        "JP",
        "postal",
        "国際郵便物の電子データ送信について",
        "2026年7月1日から、国内郵便に関するものを除き、物品を内容とするすべての国際郵便物には"
        "電子データの送信が必要になります。",
        {"change_kind": "new_requirement"},
        id="ja-except-domestic-mail-is-no-domestic-notice",
    ),
    pytest.param(
        "GR",
        "postal",
        "Επανέναρξη αποστολών",
        "Οι εσωτερικές αποστολές και οι αποστολές προς το εξωτερικό επαναλαμβάνονται από τη "
        "Δευτέρα, μετά το τέλος της απεργίας.",
        {"destinations": ["*"], "change_kind": "resumption"},
        id="el-domestic-and-abroad-resume",
    ),
    pytest.param(
        "BG",
        "carrier",
        "Възстановяваме таксата за забавени пратки до Гърция",
        "Възстановяваме таксата за доставка на пратките, приети до 5 март. Заявленията се "
        "подават онлайн.",
        {"relevant": False},
        id="bg-we-refund-the-fee",
    ),
    # guards from the second review
    pytest.param(
        "JP",
        "postal",
        "台風による配達の遅れについて",
        "台風の影響により、九州地方あての郵便物の配達に遅れが生じています。"
        "本件は、国内郵便に関するものです。",
        {"relevant": False},
        id="ja-this-matter-is-about-domestic-mail",
    ),
    pytest.param(
        "BG",
        "carrier",
        "Временно спиране на приема",
        "Поради инвентаризация на 3 и 4 март няма да приемаме колетни пратки с адрес на "
        "получател в страната.",
        {"relevant": False},
        id="bg-domestic-parcels-not-accepted",
    ),
    pytest.param(
        "GB",
        "carrier",
        "Snow: deliveries in the Highlands",
        "Deliveries in the Highlands may be delayed by up to two days. This applies to "
        "domestic parcels only.",
        {"relevant": False},
        id="en-domestic-said-in-the-next-sentence",
    ),
    pytest.param(
        "FR",
        "postal",
        "Suspension temporaire vers le Liban",
        "Nous suspendons jusqu'à nouvel ordre l'acceptation des marchandises dangereuses, y "
        "compris les parfums, à destination du Liban.",
        {"categories": ["dangerous_goods", "perfumes_cosmetics"], "change_kind": "suspension"},
        id="fr-dangerous-goods-as-the-class-of-what-is-stopped",
    ),
    pytest.param(
        "BR",
        "postal",
        "Greve dos trabalhadores dos Correios",
        "Os trabalhadores apresentaram uma nova pauta de reivindicações. Durante a greve, as "
        "entregas de encomendas internacionais podem sofrer atrasos de até cinco dias.",
        {"change_kind": "delay"},
        id="pt-a-list-of-demands-is-no-tariff",
    ),
    # a title's delay that its body says only of domestic mail, mail abroad running as usual
    pytest.param(
        "GB",
        "postal",
        "Delays due to strike action",
        "Because of the strike, domestic mail will be delayed, while international mail is "
        "handled as normal.",
        {"change_kind": "informational"},
        id="en-title-delay-of-domestic-mail-only",
    ),
    pytest.param(
        "TR",
        "postal",
        "Fırtına nedeniyle gecikmeler",
        "Fırtına nedeniyle yurt içi gönderilerde gecikme yaşanmaktadır, yurt dışı gönderiler "
        "ise normal şekilde devam etmektedir.",
        {"change_kind": "informational"},
        id="tr-title-delay-of-domestic-mail-only",
    ),
    pytest.param(
        "JP",
        "postal",
        "台風による配達の遅れ",
        "台風の影響で国内郵便の配達に遅れが出ていますが、海外あての郵便物は通常どおりお引き受けして"
        "います。",
        {"change_kind": "informational"},
        id="ja-title-delay-of-domestic-mail-only",
    ),
    # ... but a delay of mail abroad in the same clause as domestic mail is one
    pytest.param(
        "GB",
        "postal",
        "Delays due to strike action",
        "Because of the strike, domestic and international mail will be delayed by two days.",
        {"change_kind": "delay"},
        id="en-domestic-and-international-mail-delayed",
    ),
    # guards from the third review: domestic mail named beside mail abroad that changes too
    pytest.param(
        "FJ",
        "postal",
        "Suspension of postal services",
        "Because of the cyclone, all postal services are suspended, including domestic mail and "
        "international parcels.",
        {"change_kind": "suspension"},
        id="en-suspended-including-domestic-and-international",
    ),
    pytest.param(
        "FJ",
        "postal",
        "Services resume after the strike",
        "Acceptance of EMS items resumes on 3 June, and domestic parcels from 1 June.",
        {"change_kind": "resumption"},
        id="en-ems-and-domestic-parcels-resume",
    ),
    pytest.param(
        "JP",
        "postal",
        "郵便物の引受け再開について",
        "台風の影響で停止していた国内郵便と外国あて郵便物の引受けを9月3日から再開します。",
        {"change_kind": "resumption"},
        id="ja-domestic-and-foreign-mail-resume",
    ),
    pytest.param(
        "JP",
        "postal",
        "郵便物の引受け停止について",
        "本件は国内郵便に関するものですが、台風の影響により、9月3日まで国際郵便物の引受けも"
        "全面的に停止します。",
        {"change_kind": "suspension"},
        id="ja-about-domestic-mail-but-international-too",
    ),
    pytest.param(
        "BG",
        "customs",
        "Нова декларация за пратки от чужбина",
        "От 1 юли всички пратки от чужбина с адрес на получател в страната трябва да бъдат "
        "придружени от електронна митническа декларация.",
        {"destinations": ["BG"], "change_kind": "new_requirement"},
        id="bg-parcels-from-abroad-to-a-recipient-in-the-country",
    ),
    # guards from the fourth review: a stop abroad joined to domestic mail as usual by "and",
    # "y"; a domestic EMS delay; an all-clear of domestic mail beside a stop of EMS
    pytest.param(
        "GB",
        "postal",
        "Storm update",
        "Because of the storm, international mail is suspended and domestic mail runs as usual.",
        {"change_kind": "suspension"},
        id="en-abroad-stopped-and-domestic-as-usual",
    ),
    pytest.param(
        "ES",
        "postal",
        "Aviso por el temporal",
        "Por el temporal, los envíos internacionales quedan suspendidos y el correo nacional "
        "funciona con normalidad.",
        {"change_kind": "suspension"},
        id="es-abroad-stopped-and-domestic-as-usual",
    ),
    pytest.param(
        "CN",
        "postal",
        "Snow delays",
        "Domestic EMS items will be delayed by one day in the north. This applies to domestic "
        "mail only.",
        {"relevant": False},
        id="en-domestic-ems-delayed",
    ),
    pytest.param(
        "NZ",
        "postal",
        "Suspension of EMS and parcel acceptance",
        "Following the cyclone, EMS and parcel acceptance is suspended, while domestic mail and "
        "international letters are accepted as usual.",
        {"change_kind": "suspension"},
        id="en-ems-stopped-domestic-mail-as-usual",
    ),
    pytest.param(
        "JP",
        "postal",
        "台風に伴う郵便物の引受けについて",
        "本件は国内郵便に関するものであり、台風の影響により国際郵便物の引受けも停止します。",
        {"change_kind": "suspension"},
        id="ja-about-domestic-mail-and-international-stopped",
    ),
    pytest.param(
        "GB",
        "carrier",
        "Strike: parcel services suspended",
        "Because of the strike, domestic parcel services are suspended, while international "
        "parcels are accepted as usual.",
        {"change_kind": "informational"},
        id="en-stop-title-over-a-domestic-stop",
    ),
    # guards from the fifth review
    pytest.param(
        "CA",
        "postal",
        "Canada Post resumes service after strike",
        "Domestic mail delivery resumes on Monday. Items addressed to the United States are "
        "being accepted again from the same day.",
        {"destinations": ["US"], "change_kind": "resumption"},
        id="en-title-resumes-over-domestic-body-naming-a-country",
    ),
    pytest.param(
        "BG",
        "carrier",
        "Възстановяваме разликата в цената",
        "Възстановяваме разликата в цената на доставката за пратки, приети между 1 и 5 март. "
        "Заявленията се подават онлайн.",
        {"relevant": False},
        id="bg-we-refund-the-difference",
    ),
    pytest.param(
        "BG",
        "postal",
        "Спиране на международни колетни пратки",
        "От 1 март спираме приема на международни колетни пратки за страни извън ЕС. Колетни "
        "пратки с адрес на получател в страната се приемат нормално.",
        {"change_kind": "suspension"},
        id="bg-international-stopped-domestic-as-usual",
    ),
    pytest.param(
        "JP",
        "postal",
        "国際小包の電子データについて",
        "本件は、国内郵便に関するものです。なお、2026年4月1日から国際小包には電子データの送信が"
        "必要となります。",
        {"change_kind": "new_requirement"},
        id="ja-domestic-notice-beside-an-international-requirement",
    ),
    pytest.param(
        "CN",
        "postal",
        "跨境电商包裹新规",
        "自2026年1月1日起，所有跨境电商包裹须提供IOSS编号及锂电池申报。",
        {"categories": ["commercial_goods", "lithium_batteries"]},
        id="zh-e-commerce-parcels-in-the-title-are-the-scope",
    ),
    pytest.param(
        "IT",
        "postal",
        "Spedizioni verso gli Stati Uniti",
        "Fino a nuovo avviso sospendiamo l'accettazione di merci pericolose come le batterie al "
        "litio sciolte per gli Stati Uniti.",
        {"categories": ["dangerous_goods", "lithium_batteries"], "change_kind": "suspension"},
        id="it-dangerous-goods-such-as-batteries",
    ),
    # a service for Japan only, whose goods are "not eligible" abroad: no change
    pytest.param(
        "JP",
        "other",
        "お米の定期便のご案内",
        "本サービスは日本国内のみのお届けとなり、海外へは配送対象外です。毎月10日に発送します。",
        {"relevant": False},
        id="ja-service-for-japan-only",
    ),
]


@pytest.mark.parametrize(("origin", "kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str | None, kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, kind, title, text, want)
