"""Session 99, from blind sets 822 on: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, or that it is no change)."""

from __future__ import annotations

import pytest

from tests.classify_check import check_fields

_NOTICES = [
    # places at home named in the sentence of the stop, with no word of delivery and none of
    # mail abroad: the stop is at home
    pytest.param(
        "TR",
        "postal",
        "Sel bölgesine gönderiler hakkında duyuru",
        "Şiddetli yağışlar nedeniyle Rize, Artvin ve Trabzon illerine adresli mektup ve koli "
        "kabulü bir sonraki duyuruya kadar geçici olarak durdurulmuştur.",
        {"destinations": ["TR"], "change_kind": "suspension"},
        id="tr-provinces-in-the-sentence-of-the-stop",
    ),
    pytest.param(
        "AU",
        "postal",
        "Flooding update",
        "Because of flooding in Queensland and New South Wales, mail services are suspended "
        "until further notice.",
        {"destinations": ["AU"], "change_kind": "suspension"},
        id="en-states-in-the-sentence-of-the-stop",
    ),
    # ... not when the sentence speaks of mail abroad
    pytest.param(
        "AU",
        "postal",
        "Flooding update",
        "Because of flooding in Queensland and New South Wales, international mail services "
        "are suspended until further notice.",
        {"destinations": ["*"], "change_kind": "suspension"},
        id="en-states-beside-mail-abroad-stay-every-destination",
    ),
    # Chinese "寄往" (mail to) before a province at home: mail addressed there
    pytest.param(
        "CN",
        "postal",
        "关于暂停收寄寄往西藏自治区邮件的公告",
        "受暴雪影响，自即日起暂停收寄寄往西藏自治区的包裹和信函。恢复时间另行通知。",
        {"destinations": ["CN"], "change_kind": "suspension"},
        id="zh-mail-addressed-to-a-province-at-home",
    ),
    # Icelandic "tökum ekki við" (we do not accept) is a stop; "ekki fyrir áhrifum" (not
    # affected) spares what it names
    pytest.param(
        "IS",
        "other",
        "Verkfall í Noregi",
        "Vegna verkfalls hjá Posten Norge tökum við tímabundið ekki við bréfum og pökkum til "
        "Noregs. Sendingar til Svíþjóðar eru ekki fyrir áhrifum.",
        {"destinations": ["NO"], "change_kind": "suspension"},
        id="is-we-do-not-accept-and-not-affected",
    ),
    # an official suspended from work, in Arabic: no stop of mail
    pytest.param(
        "EG",
        "postal",
        "إيقاف مدير مكتب بريد عن العمل",
        "قررت الهيئة إيقاف مدير مكتب بريد المنصورة عن العمل لمدة شهرين وإحالته للتحقيق بسبب "
        "مخالفات مالية.",
        {"relevant": False, "change_kind": "irrelevant"},
        id="ar-director-suspended-from-work",
    ),
    # an Arabic appointment, with the new head's plans for pre-registration of shipments
    pytest.param(
        "EG",
        "customs",
        "تكليف رئيس جديد لمصلحة الجمارك",
        "أصدر الوزير قرارًا بتكليف السيد أحمد علي بالقيام بأعمال رئيس المصلحة خلفًا للرئيس "
        "السابق. وأكد الرئيس الجديد على التوسع في تطبيق نظام التسجيل المسبق للشحنات.",
        {"relevant": False, "change_kind": "irrelevant"},
        id="ar-appointment-of-a-head",
    ),
    # French "allongement des délais" (longer delivery times) is a delay
    pytest.param(
        "SN",
        "postal",
        "Envois vers le Mali",
        "La fermeture de la frontière entraîne un allongement des délais de livraison de 7 à "
        "12 jours pour les colis à destination du Mali.",
        {"destinations": ["ML"], "change_kind": "delay"},
        id="fr-lengthening-of-delivery-times",
    ),
    # officers suspended pending an inquiry: no stop of mail
    pytest.param(
        "NG",
        "customs",
        "Customs suspends officers over smuggling",
        "The Comptroller-General has approved the suspension of a Deputy Superintendent and two "
        "inspectors pending an investigation into the release of rice consignments.",
        {"relevant": False, "change_kind": "irrelevant"},
        id="en-officers-suspended",
    ),
    pytest.param(
        "PH",
        "postal",
        "Postmaster places area manager under preventive suspension",
        "The corporation has placed an area manager in Mindanao under a 60-day preventive "
        "suspension pending an investigation into missing remittances.",
        {"relevant": False, "change_kind": "irrelevant"},
        id="en-preventive-suspension-of-a-manager",
    ),
    # a Greek tender ("διαγωνιστική διαδικασία") suspended: a purchase, no mail
    pytest.param(
        "GR",
        "postal",
        "Αναστολή διαγωνιστικής διαδικασίας για την προμήθεια σαρωτών",
        "Ο ηλεκτρονικός διαγωνισμός για την προμήθεια 500 σαρωτών για το δίκτυο διανομής "
        "αναστέλλεται έως νεωτέρας.",
        {"relevant": False, "change_kind": "irrelevant"},
        id="el-tender-procedure-suspended",
    ),
    # Thai "เป็นของต้องห้าม" (are prohibited goods) and radio equipment ("เครื่องวิทยุคมนาคม")
    pytest.param(
        "TH",
        "customs",
        "ประกาศกรมศุลกากร เรื่อง การนำเข้าวิทยุสื่อสารทางไปรษณีย์",
        "ตั้งแต่วันที่ 1 มกราคม 2568 เครื่องวิทยุคมนาคมที่ไม่ได้รับอนุญาตเป็นของต้องห้ามในการนำเข้าทางไปรษณีย์",
        {"destinations": ["TH"], "change_kind": "prohibited_items", "categories": ["electronics"]},
        id="th-radio-equipment-prohibited",
    ),
    # Korean "재개 시" (when it resumes): the condition follows the word, no resumption yet
    pytest.param(
        "KR",
        "postal",
        "캐나다 우편물 배달 지연 안내",
        "캐나다 우정공사 파업으로 캐나다행 국제우편물의 배달이 지연되고 있습니다. 배달 재개 시 "
        "별도로 안내하겠습니다.",
        {"destinations": ["CA"], "change_kind": "delay"},
        id="ko-when-delivery-resumes-is-no-resumption",
    ),
    # Romanian "se acceptă în continuare" (are still accepted) is an all-clear
    pytest.param(
        "RO",
        "postal",
        "Trimiteri către Italia",
        "În ciuda grevei din sectorul aerian, trimiterile către Italia se acceptă în continuare "
        "la toate oficiile poștale.",
        {"destinations": ["IT"], "change_kind": "informational"},
        id="ro-still-accepted",
    ),
    # Czech "nebudeme posílat" (we will not send) is a stop
    pytest.param(
        "CZ",
        "other",
        "Zásilky do Kanady",
        "Od 15. září nebudeme posílat zásilky s čajem do Kanady.",
        {"destinations": ["CA"], "change_kind": "suspension"},
        id="cs-we-will-not-send",
    ),
    # weight bands of a price list with a colon before the price are no limits
    pytest.param(
        "DE",
        "other",
        "Neue Versandkosten ab 1. Januar",
        "Zum 1. Januar ändern sich unsere Versandkosten innerhalb Deutschlands:\n"
        "Paket bis 2 kg: 4,90 € (bisher 4,50 €)\nPaket bis 5 kg: 5,90 € (bisher 5,50 €)",
        {"relevant": False, "change_kind": "irrelevant"},
        id="de-price-list-weight-bands",
    ),
    # a French customs notice on parcels sent to an overseas department names where they go
    pytest.param(
        "FR",
        "customs",
        "Nouveaux taux",
        "Les droits de douane sur les colis envoyés à La Réunion augmentent au 1er janvier 2025.",
        {"destinations": ["RE"], "change_kind": "duty_tax_change"},
        id="fr-customs-parcels-to-an-overseas-department",
    ),
    # ... and "octroi de mer" is a tax on goods brought in
    pytest.param(
        "FR",
        "customs",
        "Octroi de mer : nouveaux taux en Guadeloupe",
        "Les taux d'octroi de mer applicables aux colis reçus en Guadeloupe sont modifiés au "
        "1er janvier 2026.",
        {"destinations": ["GP"], "change_kind": "duty_tax_change"},
        id="fr-octroi-de-mer",
    ),
    # a territory the rule "also applies to" stays beside the country
    pytest.param(
        "AU",
        "customs",
        "Biosecurity",
        "From 1 March, seeds are prohibited in mail. The ban also applies to mail to Norfolk "
        "Island.",
        {"destinations": ["AU", "NF"], "change_kind": "prohibited_items"},
        id="en-territory-also-under-the-rule",
    ),
    # Japanese "再開の時期は決まり次第" (the time of resumption, once decided): none yet
    pytest.param(
        "JP",
        "postal",
        "大雪に伴う郵便局の窓口業務の一時休止について",
        "大雪の影響により、長岡郵便局において、12月20日の窓口業務を一時休止いたします。"
        "再開の時期は決まり次第お知らせいたします。",
        {"relevant": False, "change_kind": "irrelevant"},
        id="ja-time-of-resumption-once-decided",
    ),
    # power and roads restored are no mail resumed
    pytest.param(
        "CA",
        "postal",
        "Ice storm: service update",
        "Delivery remains suspended in parts of Orillia and Peterborough, Ontario, while power "
        "and road access are restored.",
        {"destinations": ["CA"], "change_kind": "delay"},
        id="en-power-restored-is-no-resumption",
    ),
    # accepted "subject to the following limits" beside the items no longer accepted: the
    # limits are the change
    pytest.param(
        "NO",
        "postal",
        "Lithium batteries to Iceland: new limits",
        "From 1 March, we will no longer accept loose lithium batteries in parcels to Iceland. "
        "Batteries installed in equipment are still accepted, subject to the following limits:"
        "\n- max. 2 batteries per parcel\n- max. 100 Wh per battery\nPower banks count as "
        "loose batteries and are not accepted.",
        {"destinations": ["IS"], "change_kind": "restriction"},
        id="en-subject-to-the-following-limits",
    ),
    # Latvian "tiks pieņemtas tikai" (will be accepted only)
    pytest.param(
        "LV",
        "postal",
        "Izmaiņas smaržu pārsūtīšanā",
        "No 1. maija starptautiskajos sūtījumos uz Kanādu smaržas tiks pieņemtas tikai šādos "
        "gadījumos:\n- flakons līdz 100 ml;\n- ne vairāk kā 2 flakoni sūtījumā.",
        {"destinations": ["CA"], "change_kind": "restriction"},
        id="lv-accepted-only",
    ),
    # guards from the review: places at home beside a national strike, or beside mail abroad
    # in Turkish, stay every destination
    pytest.param(
        "CA",
        "postal",
        "Strike update",
        "Owing to the nationwide strike by CUPW members, postal operations in Ontario, Quebec "
        "and British Columbia are suspended until further notice.",
        {"destinations": ["*"], "change_kind": "suspension"},
        id="en-regions-in-a-national-strike",
    ),
    pytest.param(
        "TR",
        "postal",
        "Yurt dışı gönderilerde aksama",
        "İstanbul ve Ankara'daki işleme merkezlerimizde yaşanan sistem arızası nedeniyle yurt "
        "dışına gönderilerin kabulü geçici olarak durdurulmuştur.",
        {"destinations": ["*"], "change_kind": "suspension"},
        id="tr-regions-beside-mail-abroad",
    ),
    # Arabic "وقف الإفراج عن" (stopping the release of) is a stop
    pytest.param(
        "EG",
        "customs",
        "وقف الإفراج عن الطرود الواردة",
        "قررت مصلحة الجمارك وقف الإفراج عن الطرود البريدية الواردة لمدة أسبوع بسبب تحديث الأنظمة.",
        {"destinations": ["EG"], "change_kind": "suspension"},
        id="ar-stopping-the-release",
    ),
    # longer payment terms are no delay
    pytest.param(
        "FR",
        "other",
        "Facturation des clients professionnels",
        "Allongement des délais de paiement pour nos clients professionnels : 45 jours à "
        "compter du 1er mars.",
        {"relevant": False, "change_kind": "irrelevant"},
        id="fr-longer-payment-terms",
    ),
    # a rule that "applies to" territories keeps the country beside them
    pytest.param(
        "US",
        "customs",
        "Duties on postal shipments",
        "CBP will collect duties on all postal shipments valued under $800. The rule applies to "
        "shipments addressed to Puerto Rico and the U.S. Virgin Islands.",
        {"destinations": ["PR", "US", "VI"], "change_kind": "duty_tax_change"},
        id="en-rule-applies-to-territories",
    ),
    pytest.param(
        "FI",
        "customs",
        "Arvonlisäveron muutos",
        "Arvonlisäveron yleinen verokanta nousee 25,5 prosenttiin 1.9.2024 alkaen. Muutos "
        "koskee myös Ahvenanmaalle tuotavia tavaroita.",
        {"destinations": ["AX", "FI"], "change_kind": "duty_tax_change"},
        id="fi-change-also-for-aland",
    ),
    # "octroi de mer" named as a standing rule is no change
    pytest.param(
        "FR",
        "postal",
        "Envois vers La Réunion",
        "Les colis envoyés vers La Réunion sont soumis à l'octroi de mer, comme d'habitude.",
        {"destinations": ["RE"], "change_kind": "informational"},
        id="fr-octroi-de-mer-as-usual",
    ),
    # Russian "в Республику Казахстан" (into the Republic of Kazakhstan) marks where items go
    pytest.param(
        "KZ",
        "postal",
        "ИИН получателя",
        "С 1 апреля все международные почтовые отправления с товарами, поступающие в Республику "
        "Казахстан, должны содержать ИИН получателя.",
        {"destinations": ["KZ"], "change_kind": "new_requirement"},
        id="ru-into-the-republic-of",
    ),
    # what a donation drive does not accept is no ban on mail
    pytest.param(
        "BR",
        "postal",
        "Correios recebem doações para vítimas das enchentes",
        "As agências dos Correios recebem doações para as vítimas das enchentes. As doações são "
        "levadas à Defesa Civil. Não são aceitos: alimentos perecíveis e medicamentos.",
        {"relevant": False, "change_kind": "irrelevant"},
        id="pt-donation-drive",
    ),
    # guaranteed delivery times suspended are a weak delay, not a stop
    pytest.param(
        "GB",
        "carrier",
        "Airport closure: impact on international services",
        "The airport is closed until Friday. Export shipments to all international destinations "
        "will be delayed by 24 to 48 hours. Guaranteed delivery times are suspended for "
        "shipments dispatched on 20 and 21 March.",
        {"destinations": ["*"], "change_kind": "delay"},
        id="en-guaranteed-delivery-times-suspended",
    ),
    # Turkish "yasaklandığını" (that it was banned)
    pytest.param(
        "TR",
        "other",
        "Posta yoluyla elektronik sigara girişine yasak",
        "Bakanlık, elektronik sigaraların posta ve hızlı kargo yoluyla yurda getirilmesinin "
        "yasaklandığını duyurdu.",
        {"destinations": ["TR"], "change_kind": "prohibited_items"},
        id="tr-that-it-was-banned",
    ),
    # "after normalcy is restored" is a time, no resumption
    pytest.param(
        "IN",
        "carrier",
        "Service alert: floods in Assam",
        "Deliveries to Guwahati and Dibrugarh are suspended. Please expect delays of 3 to 5 "
        "days after normalcy is restored.",
        {"change_kind": "delay"},
        id="en-after-normalcy-is-restored",
    ),
    # a merger of carriers, with an all-clear for deliveries, is no change for senders
    pytest.param(
        "SE",
        "carrier",
        "Budbee and Instabox to merge",
        "Stockholm – Budbee and Instabox today announced that they have agreed to merge. The "
        "combined company will operate in Sweden, Norway, Denmark and Finland with more than "
        "3,500 parcel lockers. Both brands will continue to operate under their existing names, "
        "and consumers will not notice any change to their deliveries.",
        {"relevant": False, "change_kind": "irrelevant"},
        id="en-carriers-merge",
    ),
    # World Post Day, with a look back at last year's suspensions: no change
    pytest.param(
        "BI",
        "postal",
        "Célébration de la Journée mondiale de la Poste à Gitega",
        "La Poste a célébré la Journée mondiale de la Poste. La cérémonie a été marquée par la "
        "remise des prix du concours international de lettres pour les jeunes. Le Directeur "
        "Général est revenu sur une année difficile, marquée par la suspension de nombreux vols "
        "internationaux et par des retards du courrier, et s'est félicité de la reprise "
        "progressive des échanges.",
        {"relevant": False, "change_kind": "irrelevant"},
        id="fr-world-post-day",
    ),
    # guards from the second review: World Post Day in the title beside a real stop
    pytest.param(
        "GB",
        "postal",
        "World Post Day and a service update",
        "Today we celebrate World Post Day with our customers. From 10 October we are suspending "
        "acceptance of parcels to Lebanon until further notice.",
        {"destinations": ["LB"], "change_kind": "suspension"},
        id="en-world-post-day-beside-a-stop",
    ),
    # "allongement des délais" of mail is a delay (of payment it is not: above)
    pytest.param(
        "FR",
        "postal",
        "Envois vers les Antilles",
        "En raison de la grève des dockers, un allongement des délais est à prévoir pour les "
        "envois vers la Guadeloupe et la Martinique.",
        {"destinations": ["GP", "MQ"], "change_kind": "delay"},
        id="fr-longer-times-to-the-antilles",
    ),
    # a smoking ban in a building is no ban on mail
    pytest.param(
        "TR",
        "postal",
        "Duyuru",
        "Genel müdürlük binamızda 1 Ocak tarihinden itibaren sigara içilmesi tamamen yasaklanacak.",
        {"relevant": False, "change_kind": "irrelevant"},
        id="tr-smoking-ban-in-a-building",
    ),
    # national weather warnings are no national strike: the provinces are where the stop is
    pytest.param(
        "TR",
        "postal",
        "Gönderi kabulü hakkında",
        "Rize ve Artvin illerine gönderi kabulü, ulusal meteoroloji uyarıları nedeniyle geçici "
        "olarak durdurulmuştur.",
        {"destinations": ["TR"], "change_kind": "suspension"},
        id="tr-national-weather-warnings",
    ),
    # the locative "на территории Республики Польша" is where items pass, no destination
    pytest.param(
        "RU",
        "postal",
        "Задержка посылок в Канаду",
        "Посылки в Канаду задерживаются на территории Республики Польша из-за проверки.",
        {"destinations": ["CA"], "change_kind": "delay"},
        id="ru-on-the-territory-of-a-transit-republic",
    ),
    # the bare word "commercial" (asked of every parcel's contents) scopes nothing to sales
    pytest.param(
        "US",
        "postal",
        "Parcels to Canada",
        "From 1 May, parcels to Canada must carry an electronic customs declaration stating the "
        "value and whether the contents are commercial.",
        {"destinations": ["CA"], "categories": ["all_goods"]},
        id="en-bare-commercial-is-no-scope",
    ),
    # "perishable" names no food: the items that spoil in a heat wave can be any goods
    pytest.param(
        "DE",
        "postal",
        "Hitzewelle",
        "Due to the heat wave in Spain, parcels to Spain may be delayed by two days. Please do "
        "not send perishable items.",
        {"destinations": ["ES"], "categories": ["all_goods"]},
        id="en-perishable-is-no-food",
    ),
    # guards from the third review: "national postal strike" is a national strike too, and
    # the Turkish future "yasaklanacak" of mail is a ban (of smoking in a building it is none)
    pytest.param(
        "CA",
        "postal",
        "Strike update",
        "Owing to the national postal strike, postal operations in Ontario, Quebec and British "
        "Columbia are suspended until further notice.",
        {"destinations": ["*"], "change_kind": "suspension"},
        id="en-national-postal-strike",
    ),
    pytest.param(
        "TR",
        "postal",
        "Duyuru",
        "Lityum pil içeren gönderilerin Almanya'ya gönderimi 1 Ocak'tan itibaren yasaklanacak.",
        {"destinations": ["DE"], "change_kind": "prohibited_items"},
        id="tr-will-be-banned",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str | None, source_kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, source_kind, title, text, want)
