"""Session 98, from blind sets 780 on: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, its categories, or that it is no
change)."""

from __future__ import annotations

import pytest

from monitor.classify.kinds.topics import company_report_title
from monitor.classify.text import Doc
from tests.classify_check import check_fields

_NOTICES = [
    # a marketplace's shipments in Czech, Slovak, Hungarian, Finnish, Turkish and Swedish are
    # its orders, goods; a post's keep letters too
    pytest.param(
        "CZ",
        "other",
        "Zpoždění zásilek na Slovensko",
        "Kvůli povodním mohou být zásilky na Slovensko doručeny se zpožděním až 3 dny.",
        {"destinations": ["SK"], "change_kind": "delay", "categories": ["all_goods"]},
        id="cs-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "SK",
        "other",
        "Meškanie zásielok do Českej republiky",
        "Pre povodne môžu byť zásielky do Českej republiky doručené s oneskorením.",
        {"destinations": ["CZ"], "change_kind": "delay", "categories": ["all_goods"]},
        id="sk-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "HU",
        "other",
        "Késések a Romániába tartó küldeményeknél",
        "Az árvíz miatt a Romániába tartó küldemények kézbesítése 3 napot késhet.",
        {"destinations": ["RO"], "change_kind": "delay", "categories": ["all_goods"]},
        id="hu-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "FI",
        "other",
        "Lähetysten viivästyminen Ruotsiin",
        "Myrskyn vuoksi lähetykset Ruotsiin voivat viivästyä kolme päivää.",
        {"destinations": ["SE"], "change_kind": "delay", "categories": ["all_goods"]},
        id="fi-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "TR",
        "other",
        "Almanya gönderilerinde gecikme",
        "Grev nedeniyle Almanya'ya giden gönderilerin teslimatı 3 gün gecikebilir.",
        {"destinations": ["DE"], "change_kind": "delay", "categories": ["all_goods"]},
        id="tr-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "SE",
        "other",
        "Försenade försändelser till Norge",
        "På grund av stormen kan försändelser till Norge försenas med upp till tre dagar.",
        {"destinations": ["NO"], "change_kind": "delay", "categories": ["all_goods"]},
        id="sv-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "CZ",
        "postal",
        "Zpoždění zásilek na Slovensko",
        "Kvůli povodním mohou být zásilky na Slovensko doručeny se zpožděním až 3 dny.",
        {"destinations": ["SK"], "categories": ["all_goods", "documents"]},
        id="cs-post-shipments-keep-letters",
    ),
    # Icelandic delays in the dative and a disruption; Icelandic "must contain", "a condition
    # for"
    pytest.param(
        "IS",
        "postal",
        "Röskun á útburði vegna snjókomu",
        "Vegna mikillar snjókomu má búast við töfum á útburði bréfa og pakka á Norðurlandi "
        "næstu tvo daga.",
        {"relevant": True, "destinations": ["IS"], "change_kind": "delay"},
        id="is-delays-dative",
    ),
    pytest.param(
        "IS",
        "customs",
        "Ný skilyrði fyrir tollafgreiðslu sendinga frá 1. júní",
        "Frá 1. júní skulu allar sendingar með vörum frá löndum utan EES innihalda rafræna "
        "vörulýsingu. Upplýsingarnar skulu innihalda verðmæti og upprunaland.",
        {"relevant": True, "change_kind": "new_requirement"},
        id="is-must-contain",
    ),
    # a wage settlement with the unions is no news for senders, whatever it says of service
    pytest.param(
        "JP",
        "postal",
        "2026年春季交渉の妥結について",
        "当社は労働組合との春季交渉において妥結しました。賃金改善として基本給を平均3％引き上げます。"
        "なお、郵便サービスへの影響はありません。",
        {"relevant": False},
        id="ja-wage-settlement",
    ),
    pytest.param(
        "DE",
        "postal",
        "Tarifeinigung erzielt: Keine weiteren Warnstreiks",
        "Die Tarifparteien haben sich auf ein Tarifergebnis geeinigt. Die Zustellung von Briefen "
        "und Paketen läuft normal.",
        {"relevant": False},
        id="de-wage-settlement",
    ),
    # a Chinese title of holiday arrangements for mail abroad "and to Hong Kong, Macao and
    # Taiwan" names mail abroad: the holiday is when, the delay is the news
    pytest.param(
        "CN",
        "postal",
        "关于国庆节期间国际及港澳台邮件处理安排的公告",
        "国庆节假期为10月1日至7日。节日期间各营业网点按照节日营业时间办理业务。"
        "受国际航班运力减少影响，出口国际邮件全程时限预计将延长3至5个工作日。",
        {"relevant": True, "change_kind": "delay"},
        id="zh-holiday-international-mail-title",
    ),
    # Portuguese delivery times "may be impacted" are a delay, not when asked
    pytest.param(
        "BR",
        "postal",
        "Paralisação parcial de empregados",
        "Os prazos de entrega de objetos postados a partir de hoje podem ser impactados em "
        "algumas localidades, em especial em São Paulo e Minas Gerais. Os serviços com hora "
        "marcada estão com a garantia de prazo suspensa.",
        {"relevant": True, "destinations": ["BR"], "change_kind": "delay"},
        id="pt-delivery-times-impacted",
    ),
    pytest.param(
        "PT",
        "postal",
        "Envios para Angola: perguntas frequentes",
        "Os prazos de entrega vão ser afetados? Não. Os envios para Angola decorrem com "
        "normalidade.",
        {"relevant": True, "destinations": ["AO"], "change_kind": "informational"},
        id="pt-delivery-times-asked",
    ),
    # a scam warning and an income tax return of a customs and tax office
    pytest.param(
        "BR",
        "customs",
        "Alerta: mensagens falsas cobram taxa de liberação de encomendas",
        "Mensagens falsas informam que uma encomenda está retida e exigem o pagamento de um "
        "tributo via link. Não clique em links recebidos por SMS.",
        {"relevant": False},
        id="pt-fake-messages",
    ),
    pytest.param(
        "BR",
        "customs",
        "Declaração do Imposto de Renda: prazo começa hoje",
        "O prazo para entrega da declaração do Imposto de Renda começa hoje. Quem fez compras "
        "internacionais não precisa informar os tributos pagos na importação.",
        {"relevant": False},
        id="pt-income-tax-return",
    ),
    # Finnish "jatketaan" (is extended, goes on) is no resumption
    pytest.param(
        "FI",
        "postal",
        "Lakko hidastaa pakettien kulkua",
        "Pakettien toimitukset voivat viivästyä lakon aikana 1-2 arkipäivää. Noutoaikaa "
        "jatketaan automaattisesti.",
        {"relevant": True, "change_kind": "delay"},
        id="fi-extended-is-no-resumption",
    ),
    # French "aucun nouvel article ne sera accepté" after another verb's "pas": a stop
    pytest.param(
        "CA",
        "postal",
        "Grève : ce qui change",
        "Pendant la grève, le courrier ne sera pas livré et aucun nouvel article ne sera accepté.",
        {"relevant": True, "destinations": ["CA"], "change_kind": "suspension"},
        id="fr-no-new-item-accepted",
    ),
    # ... but not "accepté que": only with
    pytest.param(
        "FR",
        "postal",
        "Envois vers la Suisse",
        "À partir du 1er mai, aucun colis ne sera accepté qu'avec une déclaration électronique.",
        {"relevant": True, "change_kind": "new_requirement"},
        id="fr-accepted-only-with-is-no-stop",
    ),
    # Estonian "oma" (own) is no Oman; an Estonian scam warning
    pytest.param(
        "EE",
        "postal",
        "Hoiatus: petusõnumid tollimaksu kohta",
        "Petusõnumites väidetakse, et pakk on peatatud ja tuleb tasuda tollimaks. Ära sisesta "
        "oma kaardiandmeid võltslehel.",
        {"relevant": False},
        id="et-scam-own-is-no-oman",
    ),
    # French "perturbée": delivery disrupted
    pytest.param(
        "BE",
        "postal",
        "Grève du 12 mars",
        "En raison de la grève, la distribution du courrier et des colis sera perturbée dans "
        "tout le pays.",
        {"relevant": True, "destinations": ["BE"], "change_kind": "delay"},
        id="fr-delivery-disrupted-feminine",
    ),
    # Azerbaijani "must submit" and Uzbek "the time lengthens by days"
    pytest.param(
        "AZ",
        "customs",
        "Poçt göndərişləri üçün elektron bəyannamə tələbi",
        "1 oktyabrdan alıcılar göndərişlər üzrə elektron bəyannamə təqdim etməlidirlər.",
        {"relevant": True, "destinations": ["AZ"], "change_kind": "new_requirement"},
        id="az-must-submit",
    ),
    pytest.param(
        "UZ",
        "postal",
        "Bayram kunlari jo'natmalarni yetkazib berish",
        "Bayram munosabati bilan xat va posilkalarni yetkazib berish muddati 2 kunga uzayadi.",
        {"relevant": True, "change_kind": "delay"},
        id="uz-time-lengthens",
    ),
    # a Kazakh customs year: the plan fulfilled
    pytest.param(
        "KZ",
        "customs",
        "Кеден органдары 2025 жылғы кедендік төлемдер жоспарын орындады",
        "Комитет 2025 жылдың қорытындысын шығарды. Кедендік баж және ҚҚС түрінде бюджетке "
        "2 трлн теңге түсті.",
        {"relevant": False},
        id="kk-plan-fulfilled",
    ),
    # a sponsorship at stadiums with food donations
    pytest.param(
        "CA",
        "carrier",
        "Tackling hunger with the football league",
        "Our food drive is back for its 20th season. Fans can drop off food donations at all "
        "stadiums and at our shipping centres. Every touchdown triggers an extra donation to "
        "local food banks.",
        {"relevant": False},
        id="en-stadium-food-donations",
    ),
    # "mail addressed to": mail (not an e-mail address)
    pytest.param(
        "US",
        "postal",
        "Haiti",
        "Acceptance of mail addressed to Haiti remains suspended until further notice.",
        {"relevant": True, "destinations": ["HT"], "change_kind": "suspension"},
        id="en-mail-addressed-to",
    ),
    # "This disruption does not affect ...": the stop named again, no delay of its own
    pytest.param(
        "US",
        "postal",
        "International Service Disruptions — Haiti",
        "Acceptance of all international mail to Haiti remains suspended until further "
        "notice.\n\nThis disruption does not affect mail to the Dominican Republic.",
        {"relevant": True, "destinations": ["HT"], "change_kind": "suspension"},
        id="en-this-disruption-does-not-affect",
    ),
    # the US dollar named after the currency word is no place ("долларов США", "dólares dos
    # Estados Unidos")
    pytest.param(
        "UZ",
        "other",
        "О ввозе лекарств в международных почтовых отправлениях",
        "С 1 октября физические лица вправе получать в международных почтовых отправлениях "
        "лекарства общей стоимостью не более 500 долларов США.",
        {"relevant": True, "destinations": ["UZ"]},
        id="ru-us-dollars-no-place",
    ),
    pytest.param(
        "AO",
        "other",
        "Novas regras de tributação de encomendas postais",
        "A partir de 1 de março, as remessas que entrem em Angola de valor superior a USD 100 "
        "(cem dólares dos Estados Unidos) passam a pagar direitos aduaneiros de 20%.",
        {"relevant": True, "destinations": ["AO"], "change_kind": "duty_tax_change"},
        id="pt-dollars-of-the-united-states-no-place",
    ),
    # Turkish letters "not affected by this": goods only
    pytest.param(
        "TR",
        "postal",
        "Bayram tatili duyurusu",
        "Almanya'ya yönelik kargo gönderilerinin teslimatında 3 iş günü gecikme "
        "yaşanabilecektir. Yurt dışı mektup gönderileri bu durumdan etkilenmemektedir.",
        {"destinations": ["DE"], "change_kind": "delay", "categories": ["all_goods"]},
        id="tr-letters-not-affected",
    ),
    # Japanese domestic postage revised, international unchanged: no news abroad
    pytest.param(
        "JP",
        "postal",
        "郵便料金の改定について",
        "10月1日から国内郵便料金を改定します。通常はがき：63円 → 85円。定形郵便物：84円 → 110円。"
        "なお、国際郵便料金に変更はありません。",
        {"relevant": False},
        id="ja-domestic-postage",
    ),
    # a Japanese carrier's polite all-clear after an earthquake
    pytest.param(
        "JP",
        "carrier",
        "地震の影響について",
        "本日発生した地震について、現時点で当社の集荷・配達業務に影響はございません。"
        "お荷物は通常どおりお届けしております。",
        {"relevant": True, "change_kind": "informational"},
        id="ja-polite-all-clear",
    ),
    # "will be refused" refuses goods: a stop; of paperwork, a requirement; over a limit, a
    # limit (not a local stop of delivery "at retail")
    pytest.param(
        "FR",
        "carrier",
        "Russie : nouvelles conditions",
        "À compter du 1er mai, tout envoi de marchandises à destination de la Russie sera refusé.",
        {"relevant": True, "destinations": ["RU"], "change_kind": "suspension"},
        id="fr-goods-refused",
    ),
    pytest.param(
        "ES",
        "customs",
        "Nuevos datos obligatorios en las declaraciones",
        "Desde el 1 de julio es obligatorio indicar el código arancelario de los envíos. Las "
        "declaraciones que "
        "no incluyan estos datos serán rechazadas.",
        {"relevant": True, "change_kind": "new_requirement"},
        id="es-declarations-rejected",
    ),
    pytest.param(
        "US",
        "postal",
        "Mail restrictions for military ZIP Codes",
        "Parcels over 1 pound presented for these ZIP Codes will be refused at retail.",
        {"relevant": True, "change_kind": "restriction"},
        id="en-refused-over-a-limit",
    ),
    # a post's electronic payment and cash machines paused: another service
    pytest.param(
        "DZ",
        "postal",
        "Suspension temporaire du paiement électronique",
        "Pour des travaux de maintenance, le paiement électronique et les guichets automatiques "
        "seront temporairement suspendus dimanche de 00h00 à 06h00.",
        {"relevant": False},
        id="fr-electronic-payment-paused",
    ),
    # a French excise duty ("droit d'accises"), not the customs office's name
    pytest.param(
        "CM",
        "customs",
        "Droit d'accises sur les téléphones importés",
        "Un droit d'accises spécial de 33 % est désormais perçu sur les téléphones mobiles "
        "importés, y compris dans les colis postaux.",
        {"relevant": True, "destinations": ["CM"], "change_kind": "duty_tax_change"},
        id="fr-excise-duty",
    ),
    pytest.param(
        "CD",
        "customs",
        "Avis de recrutement : 300 agents des douanes et accises",
        "La Direction Générale des Douanes et Accises organise un concours de recrutement. "
        "Les dossiers sont reçus jusqu'au 12 juillet.",
        {"relevant": False},
        id="fr-customs-and-excise-office-job",
    ),
    # a platform's payouts delayed, an Arabic domestic letter tariff: no news for senders
    pytest.param(
        None,
        "other",
        "Payments payouts delayed",
        "Some merchants in Canada experienced delayed payouts this morning. All pending payouts "
        "have now been processed.",
        {"relevant": False},
        id="en-payouts-delayed",
    ),
    pytest.param(
        "LB",
        "postal",
        "تعرفة جديدة للبريد المحلي",
        "تعلن الشركة عن تعرفة جديدة للرسائل المحلية اعتباراً من 15 أيار. لا تغيير على تعرفة "
        "البريد الدولي.",
        {"relevant": False},
        id="ar-domestic-tariff-title",
    ),
    # Arabic disruptions of delivery; a resumption "as soon as" things return to normal, or
    # "until" delivery resumes, is none yet
    pytest.param(
        "OM",
        "postal",
        "تأخر توزيع الطرود بسبب الأمطار",
        "سيحدث تأخير في توزيع الطرود والرسائل في محافظة مسقط. سيتم استئناف التوزيع تدريجياً فور "
        "عودة الأوضاع إلى طبيعتها.",
        {"relevant": True, "destinations": ["OM"], "change_kind": "delay"},
        id="ar-resumption-as-soon-as",
    ),
    pytest.param(
        "MA",
        "postal",
        "اضطرابات في توزيع البعائث والطرود بالمناطق المتضررة",
        "تعرف عمليات توزيع البعائث البريدية اضطرابات بالمناطق المتضررة من الزلزال، وسيتم الاحتفاظ "
        "بالإرساليات بمراكز التوزيع إلى حين استئناف التوزيع.",
        {"relevant": True, "destinations": ["MA"], "change_kind": "delay"},
        id="ar-disruptions-until-resumed",
    ),
    # Welsh disruption of mail and parcels ("pharseli", mutated)
    pytest.param(
        "GB",
        "postal",
        "Storm: tarfu ar wasanaethau",
        "Efallai y bydd oedi i'r post a pharseli a gaiff eu danfon ddydd Sadwrn.",
        {"relevant": True, "change_kind": "delay", "categories": ["all_goods", "documents"]},
        id="cy-post-and-parcels-delayed",
    ),
    # a results release "for 2024"; "operating hours resume" after holiday closures
    pytest.param(
        "GG",
        "postal",
        "Island Post reports results for 2025",
        "Revenue of £27m. Outbound parcels to the UK fell after strike action in 2024.",
        {"relevant": False},
        id="en-results-for-a-year",
    ),
    pytest.param(
        "UG",
        "postal",
        "Branch operating hours on public holidays",
        "All branches will be closed on Monday 3rd June. International mail dispatches will "
        "proceed as scheduled. Normal operating hours resume on Tuesday.",
        {"relevant": False},
        id="en-operating-hours-resume",
    ),
    # a customs revenue release "at the close of" a year; an auction of uncleared goods
    pytest.param(
        "MX",
        "customs",
        "El SAT informa la recaudación de comercio exterior al cierre de 2025",
        "La recaudación por impuestos al comercio exterior creció 14%, en especial en el régimen "
        "de mensajería y paquetería.",
        {"relevant": False},
        id="es-revenue-at-year-close",
    ),
    pytest.param(
        "UG",
        "customs",
        "Public notice: auction of uncleared goods",
        "Goods which have remained uncleared at the mail processing centre will be sold by "
        "public auction. Owners may clear them upon payment of all duties and taxes.",
        {"relevant": False},
        id="en-auction-of-uncleared-goods",
    ),
    # "Atlanta, Georgia" names the state: a bare "Georgia" in the title is it too
    pytest.param(
        "US",
        "carrier",
        "Service alert: shipments delayed in Georgia",
        "Due to a fire at a facility near Atlanta, Georgia, shipments to ZIP codes beginning "
        "300-319 may experience delays of 1-3 business days.",
        {"relevant": True, "destinations": ["US"], "change_kind": "delay"},
        id="en-atlanta-georgia-is-the-state",
    ),
    # a stop after "remain unchanged" in its line is the state that stays, not the news
    pytest.param(
        "GB",
        "postal",
        "International incident update: Middle East",
        "Israel: We have resumed acceptance of all items to Israel.\n\n"
        "Iran: Our services to Iran remain unchanged – letters only; parcels cannot be "
        "accepted.",
        {"relevant": True, "destinations": ["IL"], "change_kind": "resumption"},
        id="en-stop-after-unchanged",
    ),
    # ... not a stop with its day after it
    pytest.param(
        "GB",
        "postal",
        "International incident update: Middle East",
        "Israel: services unchanged – from 5 May parcels to Israel cannot be accepted.",
        {"relevant": True, "destinations": ["IL"], "change_kind": "suspension"},
        id="en-dated-stop-after-unchanged",
    ),
    # from the review: goods "refused and destroyed" at the border are seized, no refused mail
    pytest.param(
        "GB",
        "customs",
        "Counterfeit clothing found at the port",
        "Officers found 3 tonnes of counterfeit clothing this week. The goods are refused and "
        "will be destroyed.",
        {"relevant": False},
        id="en-goods-refused-and-destroyed",
    ),
    # ... but a rule of what "will be refused entry and destroyed" bans it
    pytest.param(
        "US",
        "customs",
        "Meat products in international mail",
        "From 1 May, parcels to the United States containing pork products will be refused "
        "entry and destroyed.",
        {"relevant": True, "destinations": ["US"], "change_kind": "prohibited_items"},
        id="en-will-be-refused-entry-and-destroyed",
    ),
    # a delay around stadiums is news (stadiums are half a topic)
    pytest.param(
        "QA",
        "carrier",
        "Shipping during the tournament",
        "Due to high volumes around the stadiums, shipments to Qatar are delayed by up to 5 days.",
        {"relevant": True, "destinations": ["QA"], "change_kind": "delay"},
        id="en-delay-around-stadiums",
    ),
    # online tracking disrupted is no delay of mail
    pytest.param(
        "FR",
        "postal",
        "Site internet : services perturbés",
        "Suite à une panne informatique, les services en ligne de suivi des colis sont perturbés "
        "ce matin.",
        {"relevant": False},
        id="fr-online-tracking-disrupted",
    ),
    # Finnish acceptance "jatketaan" (goes on again) and "alkaa uudelleen" (starts again)
    pytest.param(
        "FI",
        "postal",
        "Pakettien vastaanotto Israeliin alkaa uudelleen",
        "Pakettien vastaanottoa Israeliin jatketaan 1. maaliskuuta alkaen.",
        {"relevant": True, "destinations": ["IL"], "change_kind": "resumption"},
        id="fi-acceptance-goes-on-again",
    ),
    # French "ne sera accepté qu'à partir du ...": a stop until that day
    pytest.param(
        "FR",
        "postal",
        "Fêtes de fin d'année",
        "Aucun colis à destination du Japon ne sera accepté qu'à partir du 5 janvier.",
        {"relevant": True, "destinations": ["JP"], "change_kind": "suspension"},
        id="fr-accepted-only-from-a-day",
    ),
    # Icelandic "no disruption", Welsh "will not disrupt": all-clears
    pytest.param(
        "IS",
        "postal",
        "Engin röskun á póstþjónustu vegna verkfalls",
        "Verkfallið veldur engri röskun á póstþjónustu til útlanda. Sendingar berast eins og "
        "venjulega.",
        {"relevant": True, "change_kind": "informational"},
        id="is-no-disruption",
    ),
    # Moroccan Arabic "stopping the acceptance" of postal items to the US
    pytest.param(
        "MA",
        "postal",
        "توقيف قبول البعائث الموجهة إلى الولايات المتحدة",
        "تعلن بريد المغرب عن توقيف قبول البعائث البريدية الموجهة إلى الولايات المتحدة الأمريكية "
        "ابتداء من 25 غشت.",
        {"relevant": True, "destinations": ["US"], "change_kind": "suspension"},
        id="ar-ma-stopping-acceptance",
    ),
    # "allow extra time for shipments to the following destinations:" over their list
    pytest.param(
        None,
        "carrier",
        "Lunar New Year: plan ahead for shipments to Asia",
        "Public holidays mean reduced capacity. Please allow extra time for shipments to the "
        "following destinations:\n- Mainland China: 14-22 February\n- Vietnam: 14-22 February\n"
        "Shipments to Japan are not affected.",
        {"relevant": True, "destinations": ["CN", "VN"], "change_kind": "delay"},
        id="en-extra-time-for-the-following-destinations",
    ),
    # a job advert's headings; a Polish domestic price list; a customs office's year in Polish
    pytest.param(
        "US",
        "carrier",
        "Customs Clearance Agent - International Brokerage",
        "We are seeking a Customs Clearance Agent.\n\nResponsibilities\n- Classify shipments "
        "from Canada and China\n- Resolve holds involving alcohol and duties\n\n"
        "Qualifications\n- Bachelor's degree",
        {"relevant": False},
        id="en-job-advert-headings",
    ),
    pytest.param(
        "PL",
        "postal",
        "Nowy cennik usług krajowych od 1 stycznia",
        "Od 1 stycznia obowiązuje nowy cennik usług pocztowych w obrocie krajowym. Ceny "
        "przesyłek za granicę pozostają bez zmian.",
        {"relevant": False},
        id="pl-domestic-price-list",
    ),
    pytest.param(
        "PL",
        "customs",
        "KAS w 2025 roku – podsumowanie działań",
        "W 2025 roku skontrolowano 2 mln przesyłek. Dochody z tytułu cła, VAT i akcyzy wyniosły "
        "478 mld zł.",
        {"relevant": False},
        id="pl-year-summary",
    ),
    # overseas remittances of a post's bank; an Arabic "must link" ID requirement
    pytest.param(
        "KR",
        "postal",
        "우체국 해외송금 자주 묻는 질문",
        "Q. 러시아로 해외송금이 가능한가요?\nA. 러시아 앞 해외송금 서비스는 중단된 상태입니다.",
        {"relevant": False},
        id="ko-overseas-remittance",
    ),
    pytest.param(
        "SA",
        "postal",
        "الشحنات الدولية الواردة",
        "اعتبارًا من 1 يوليو، يجب ربط رقم الهوية الوطنية للمستلم بالعنوان الوطني قبل الإفراج "
        "الجمركي عن الشحنات الواردة من خارج المملكة.",
        {"relevant": True, "destinations": ["SA"], "change_kind": "new_requirement"},
        id="ar-must-link-id",
    ),
    # Italian "accepts again"; a limit in another answer of an FAQ is no part of the lifting
    pytest.param(
        "IT",
        "postal",
        "Spedizioni verso Israele",
        "Dal 27 gennaio Poste Italiane accetta nuovamente lettere e pacchi diretti in Israele.",
        {"relevant": True, "destinations": ["IL"], "change_kind": "resumption"},
        id="it-accepts-again",
    ),
    pytest.param(
        "GB",
        "postal",
        "Frequently asked questions",
        "Can I send parcels to Israel?\nYes. From 27 January we accept parcels to Israel "
        "again.\n\nCan I send medicines abroad?\nMedicines may only be sent where the "
        "destination allows them, up to 3 packs per parcel.",
        {"relevant": True, "destinations": ["IL"], "change_kind": "resumption"},
        id="en-faq-lift-beside-another-answers-limit",
    ),
    # executives "suspended from duties": no duty, no stop; an advert "is looking for a"
    pytest.param(
        "SG",
        "postal",
        "Post group terminates two executives after investigation",
        "The Board terminated the employment of two executives following a whistleblower "
        "report. They had earlier been suspended from duties. Operations continue as normal.",
        {"relevant": False},
        id="en-suspended-from-duties",
    ),
    pytest.param(
        "KR",
        "other",
        "Senior Manager, Trade Compliance",
        "Our company is looking for a Senior Manager to lead customs clearance.\n\nKey "
        "responsibilities: monitor de minimis thresholds and lithium battery rules.\n\n8+ "
        "years in customs or trade compliance.",
        {"relevant": False},
        id="en-job-is-looking-for-a",
    ),
    # Dutch annual figures; a cooperation agreement between two posts
    pytest.param(
        "NL",
        "postal",
        "Post publiceert jaarcijfers 2025",
        "De omzet steeg met 3%. Door de afschaffing van de vrijstelling van invoerrechten "
        "verwacht het bedrijf extra werk.",
        {"relevant": False},
        id="nl-annual-figures",
    ),
    pytest.param(
        "NE",
        "postal",
        "Signature d'un accord de coopération entre deux postes",
        "Les deux directeurs ont signé un protocole d'accord de coopération et salué la reprise "
        "des échanges entre les deux pays.",
        {"relevant": False},
        id="fr-cooperation-agreement",
    ),
    # from the second review: "qu'après le dépôt d'une déclaration" is a condition of papers
    # (a day after "qu'à partir du" keeps the stop: fr-accepted-only-from-a-day)
    pytest.param(
        "FR",
        "postal",
        "Envois vers la Suisse",
        "À partir du 1er mai, aucun colis ne sera accepté qu'après le dépôt d'une déclaration "
        "en douane électronique.",
        {"relevant": True, "change_kind": "new_requirement"},
        id="fr-accepted-only-after-a-declaration",
    ),
    pytest.param(
        "FR",
        "postal",
        "Nouvelle-Calédonie : colis",
        "En raison des émeutes, aucun colis à destination de la Nouvelle-Calédonie ne sera "
        "accepté qu'à partir du 15 juin.",
        {"relevant": True, "destinations": ["NC"], "change_kind": "suspension"},
        id="fr-accepted-only-from-a-two-digit-day",
    ),
    # road traffic restrictions are no limit on mail
    pytest.param(
        "FR",
        "carrier",
        "Deliveries in Paris during the games",
        "Parcels to France may be delayed by one day: traffic restrictions around the venues "
        "slow deliveries.",
        {"relevant": True, "destinations": ["FR"], "change_kind": "delay"},
        id="en-traffic-restrictions",
    ),
    # a lifting and a limit of the same place in two paragraphs of a status page: a limit
    pytest.param(
        "CH",
        "postal",
        "Service status by country",
        "Israel: we accept parcels again from 5 May.\n\nIsrael: only parcels up to 2 kg, and "
        "no commercial goods.",
        {"relevant": True, "destinations": ["IL"], "change_kind": "restriction"},
        id="en-lift-and-limit-of-one-place-apart",
    ),
    # "Georgia (country)" beside "the U.S. state of Georgia" stays the country
    pytest.param(
        "CA",
        "postal",
        "Service alert – Georgia",
        "Service alert – Georgia (country): items to Georgia are delayed due to reduced air "
        "capacity. This does not apply to the U.S. state of Georgia.",
        {"relevant": True, "destinations": ["GE"], "change_kind": "delay"},
        id="en-georgia-the-country-beside-the-state",
    ),
    # drugs stopped in parcels: a seizure, no news
    pytest.param(
        "NZ",
        "customs",
        "Customs stops 46 kg of methamphetamine hidden in parcels",
        "Officers at the mail centre intercepted 46 kilograms of methamphetamine in parcels sent "
        "over the past month. A man has been arrested.",
        {"relevant": False},
        id="en-customs-stops-kilograms-of-drugs",
    ),
    # from the third review: words beside news weaken no stop in their sentence
    pytest.param(
        "PL",
        "postal",
        "Update on shipping to Belarus",
        "Anyone who is looking for a way to send parcels to Belarus should know that acceptance "
        "of parcels to Belarus is suspended from 1 April until further notice.",
        {"relevant": True, "destinations": ["BY"], "change_kind": "suspension"},
        id="en-looking-for-a-beside-a-stop",
    ),
    pytest.param(
        "LT",
        "postal",
        "Information for customers sending to Belarus",
        "Following the end of the cooperation agreement with the post of Belarus, acceptance of "
        "parcels to Belarus is suspended from 1 May.",
        {"relevant": True, "destinations": ["BY"], "change_kind": "suspension"},
        id="en-cooperation-agreement-beside-a-stop",
    ),
    # "we stop accepting parcels" beside drugs found is a stop of sending
    pytest.param(
        "EE",
        "carrier",
        "Parcels to Russia",
        "Because of controlled drug shipments found in our network, we stop accepting parcels to "
        "Russia from 1 April until further notice.",
        {"relevant": True, "destinations": ["RU"], "change_kind": "suspension"},
        id="en-stop-accepting-beside-drugs",
    ),
    # French times after "qu'": "qu'après la fin de la grève" keeps the stop
    pytest.param(
        "FR",
        "postal",
        "Colis vers la Grèce",
        "Aucun colis à destination de la Grèce ne sera accepté qu'après la fin de la grève.",
        {"relevant": True, "destinations": ["GR"], "change_kind": "suspension"},
        id="fr-accepted-only-after-the-strike",
    ),
    # a limit of another place in another paragraph is no part of the lifting (by code)
    pytest.param(
        "IE",
        "postal",
        "Service update: United States",
        "United States: parcels to the United States are accepted again from 3 March.\n\n"
        "United Kingdom: until further notice, only items up to 2 kg are accepted.",
        {"relevant": True, "change_kind": "resumption"},
        id="en-lift-beside-another-places-limit",
    ),
    # a notice of one matter told in paragraphs that name no place: the lifting and its limits
    pytest.param(
        "US",
        "postal",
        "Lithium batteries: international mail",
        "Customers may again mail lithium batteries internationally when installed in the "
        "equipment they operate.\n\nLimits: no more than 4 cells or 2 batteries per package.",
        {"relevant": True, "change_kind": "restriction"},
        id="en-lift-and-limits-of-one-matter",
    ),
    # ... in French and Spanish, the word of "following" after or before its noun
    pytest.param(
        "FR",
        "postal",
        "Fêtes de fin d'année",
        "Des délais plus longs sont à prévoir pour les envois vers les pays suivants :\n"
        "- Chine\n- Japon",
        {"relevant": True, "destinations": ["CN", "JP"], "change_kind": "delay"},
        id="fr-longer-times-for-the-countries-below",
    ),
    pytest.param(
        "ES",
        "postal",
        "Fiestas de fin de año",
        "Habrá plazos más largos para los envíos a los siguientes destinos:\n- China\n- Japón",
        {"relevant": True, "destinations": ["CN", "JP"], "change_kind": "delay"},
        id="es-longer-times-for-the-destinations-below",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str | None, source_kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, source_kind, title, text, want)


@pytest.mark.parametrize(
    ("title", "report"),
    [
        ("CTT: 9M24 Results", True),
        ("FY2025 results", True),
        ("H1 2025 results", True),
        ("9M24: new surcharge on parcels to the US from 1 March", False),
    ],
)
def test_short_period_results_titles(title: str, report: bool) -> None:
    """A results release titled with a period's short form ("9M24", "FY2025", "H1")."""
    assert company_report_title(Doc.make(title, "")) is report
