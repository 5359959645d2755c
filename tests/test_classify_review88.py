"""Session 88, from blind sets 517-534 and the review of the change: each case a notice written
for one rule, its kind and destinations (or its categories) checked."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check
from tests.classify_check import check_relevant

# Kinds of change and destinations the new words and rules decide
_KINDS = [
    pytest.param(
        "JP",
        "postal",
        "Resumption of mail to Mali",
        "We resume acceptance of letters and parcels bound for Mali from 3 March. For Burkina "
        "Faso and Niger, please check the status table for each country.",
        "resumption",
        ["ML"],
        id="en-for-places-please-check-the-table",
    ),
    pytest.param(
        "ZA",
        "postal",
        "Pakkette uit die buiteland vertraag",
        "Pakkette en briewe uit die buiteland ondervind tans groot vertragings by die "
        "posverwerkingsentrum weens 'n agterstand.",
        "delay",
        ["ZA"],
        id="af-from-abroad-is-inbound",
    ),
    pytest.param(
        "PL",
        "postal",
        "Wstrzymanie wysyłki paczek na Litwę",
        "Od 1 marca wstrzymujemy przyjmowanie paczek kierowanych na Litwę i na Łotwę.",
        "suspension",
        ["LT", "LV"],
        id="pl-accusative-after-na",
    ),
    pytest.param(
        "PL",
        "postal",
        "Opóźnienia w doręczaniu przesyłek",
        "Przesyłki do odbiorców na Litwie i w Kanadzie mogą być doręczane z opóźnieniem do "
        "pięciu dni.",
        "delay",
        ["CA", "LT"],
        id="pl-locative-after-na-and-w",
    ),
    pytest.param(
        "BE",
        "postal",
        "Grève en Italie",
        "Les envois à destination de l'Italie et de la Cité du Vatican subiront des retards de "
        "livraison de plusieurs jours.",
        "delay",
        ["IT", "VA"],
        id="fr-cite-du-vatican-in-a-list",
    ),
    pytest.param(
        "FR",
        "postal",
        "Manifestation à Lyon : distribution du courrier suspendue jeudi",
        "En raison de la manifestation, la distribution des lettres et des colis sera suspendue "
        "jeudi dans le centre-ville. Les envois seront conservés dans nos centres de tri et "
        "distribués dès la reprise du service.",
        "suspension",
        ["FR"],
        id="fr-delivery-stopped-naming-no-place-is-at-home",
    ),
    pytest.param(
        "GB",
        "postal",
        "Delivery of parcels abroad may take longer",
        "Because of fewer flights, parcels sent abroad may take longer to be delivered.",
        "delay",
        ["*"],
        id="en-delivery-of-mail-abroad-is-everywhere",
    ),
    pytest.param(
        "AU",
        "postal",
        "China: temporary service changes over Lunar New Year",
        "Because of the Lunar New Year holiday, our Economy parcel service is temporarily "
        "unavailable for items to China from 1 to 15 February. Post offices are closed on 10 "
        "February for the holiday, and customs clearance in China is slower over the holiday.",
        "suspension",
        ["CN"],
        id="en-holiday-over-a-stop-to-a-place",
    ),
    pytest.param(
        "KR",
        "postal",
        "설 연휴 신선식품 소포 접수 중단",
        "1월 23일부터 전국 우체국에서 신선식품 소포 접수를 중단한다.\n\n■ 국제우편\n"
        "국제우편(EMS, 국제소포)은 평소와 같이 접수한다.",
        None,
        ["KR"],
        id="ko-international-mail-as-usual-is-a-change-at-home",
    ),
    pytest.param(
        "HR",
        "postal",
        "Zabrana slanja mesa u Ujedinjenu Kraljevinu",
        "Od 12. travnja u pošiljkama za Englesku i Škotsku više nije dopušteno slati meso i "
        "sir. Ostala ograničenja za slanje hrane u inozemstvo ostaju nepromijenjena.",
        "prohibited_items",
        ["GB"],
        id="hr-united-kingdom-declined",
    ),
    pytest.param(
        "PT",
        "other",
        "Envios para o Brasil: CPF obrigatório",
        "A partir de 1 de abril, as encomendas para o Brasil têm de indicar o CPF do "
        "destinatário. Para envios para Angola e Moçambique não há qualquer alteração.",
        "new_requirement",
        ["BR"],
        id="pt-nao-ha-qualquer-alteracao",
    ),
    pytest.param(
        "NL",
        "other",
        "PostNL accepteert weer pakketten naar Israël",
        "Vanaf maandag gaan brieven en pakketten naar Israël weer mee. Zendingen naar Libanon "
        "blijven opgeschort. Voor de Palestijnse gebieden worden nog steeds geen zendingen "
        "aangenomen.",
        "resumption",
        ["IL"],
        id="nl-accepteert-weer-and-blijven-opgeschort",
    ),
    pytest.param(
        "IT",
        "other",
        "Poste Italiane riattiva le spedizioni verso gli Stati Uniti",
        "Le spedizioni di merce verso gli Stati Uniti, sospese ad agosto, ripartono dal 6 "
        "ottobre con dazi pagati alla partenza.",
        "resumption",
        ["US"],
        id="it-riattiva",
    ),
    pytest.param(
        "GR",
        "postal",
        "Αποστολές προς το Ηνωμένο Βασίλειο",
        "Από 1η Ιανουαρίου όλα τα δέματα προς το Ηνωμένο Βασίλειο (και τη Βόρεια Ιρλανδία) "
        "πρέπει να συνοδεύονται από τελωνειακή διασάφηση CN22. Υπενθυμίζεται ότι οι αποστολές "
        "προς Ιρλανδία και Κύπρο παραμένουν ενδοκοινοτικές.",
        "new_requirement",
        ["GB"],
        id="el-northern-ireland-and-a-reminder",
    ),
    pytest.param(
        "TH",
        "postal",
        "แจ้งความล่าช้าในการส่งสิ่งของไปรษณีย์ไปยังประเทศบังกลาเทศ",
        "สิ่งของไปรษณีย์ที่ส่งไปยังบังกลาเทศอาจเกิดความล่าช้า "
        "สิ่งของบางส่วนที่ส่งผ่านศูนย์เปลี่ยนถ่ายที่สิงคโปร์อาจตกค้างชั่วคราว",
        "delay",
        ["BD"],
        id="th-transshipment-centre-is-transit",
    ),
    pytest.param(
        "GR",
        "postal",
        "Αναστολή αποστολών εμπορευμάτων προς τις ΗΠΑ",
        "Από τις 25 Αυγούστου αναστέλλεται η αποδοχή δεμάτων με εμπορεύματα προς τις ΗΠΑ. Η "
        "αναστολή ισχύει και για τις Αμερικανικές Παρθένοι Νήσοι.",
        "suspension",
        ["US", "VI"],
        id="el-us-virgin-islands-nominative-plural",
    ),
    pytest.param(
        "GR",
        "postal",
        "Καθυστερήσεις στη διανομή λόγω πυρκαγιών",
        "Λόγω των πυρκαγιών, η διανομή αλληλογραφίας και δεμάτων στη νότια Ρόδο "
        "πραγματοποιείται με καθυστερήσεις.",
        "delay",
        ["GR"],
        id="el-delivery-delayed-at-home",
    ),
    pytest.param(
        "RU",
        "postal",
        "Почта России возобновила приём отправлений в Казахстан",
        "Почта России возобновила приём международных отправлений в Казахстан. Приём "
        "отправлений в Киргизию и Узбекистан, следующих транзитом через Казахстан, не "
        "приостанавливался.",
        "resumption",
        ["KZ"],
        id="ru-was-not-suspended",
    ),
    pytest.param(
        "BE",
        "postal",
        "Geen lithiumbatterijen meer naar het Caribisch deel van het Koninkrijk",
        "Vanaf 1 september accepteren wij geen pakketten met lithiumbatterijen meer voor "
        "bestemmingen in het Caribisch deel van het Koninkrijk:\n• Aruba\n• Curaçao\n\n"
        "Verstuurt u naar Nederland of naar andere internationale bestemmingen? Dan verandert er "
        "niets.",
        "prohibited_items",
        ["AW", "CW"],
        id="nl-verstuurt-u-question-answered-nothing-changes",
    ),
    pytest.param(
        "FR",
        "postal",
        "Colis vers les secteurs postaux : nouveaux objets interdits",
        "À compter du 1er décembre, les colis à destination des secteurs postaux de Roumanie "
        "(mission Aigle), d'Estonie (mission Lynx) et de Djibouti ne pourront plus contenir de "
        "briquets.",
        "prohibited_items",
        ["DJ", "EE", "RO"],
        id="fr-asides-in-brackets-within-a-list",
    ),
    pytest.param(
        "PK",
        "postal",
        "افغانستان کے لیے ڈاک کی ترسیل بحال",
        "سرحد دوبارہ کھلنے کے بعد یکم اپریل سے افغانستان کے لیے تمام اقسام کی ڈاک کی بکنگ اور "
        "ترسیل بحال کی جا رہی ہے۔",
        "resumption",
        ["AF"],
        id="ur-restored",
    ),
    pytest.param(
        "NP",
        "postal",
        "जापानतर्फ पठाइने पार्सलमा मासु पठाउन निषेध",
        "मिति १ गतेदेखि जापानतर्फ पठाइने पार्सल तथा EMS मा मासुका परिकार स्वीकार गरिने छैन।",
        "prohibited_items",
        ["JP"],
        id="ne-will-not-be-accepted",
    ),
    pytest.param(
        "LK",
        "postal",
        "இந்தியாவுக்கான தபால் சேவைகள் வழமை போல் இடம்பெறுகின்றன",
        "இலங்கையிலிருந்து இந்தியாவுக்கான தபால் சேவைகளும் நிறுத்தப்பட்டுள்ளதாக பரவும் தகவல்கள் "
        "உண்மைக்குப் புறம்பானவை. இந்தியாவுக்கு அனுப்பப்படும் கடிதங்கள் மற்றும் பொதிகள் வழமை போல் "
        "அனுப்பப்படுகின்றன.",
        "informational",
        ["IN"],
        id="ta-rumour-untrue-and-as-usual",
    ),
    pytest.param(
        "LK",
        "postal",
        "තැපැල් සේවා නැවත ආරම්භ කෙරේ",
        "තාවකාලිකව අත්හිටුවා තිබූ ඊශ්‍රායලය සඳහා වන පාර්සල් භාර ගැනීම ජූලි 07 වැනි දින සිට නැවත "
        "ආරම්භ කරයි. අත්හිටුවීම කාලය තුළ රඳවා තබා ගත් තැපැල් ද ඉදිරි සතිය තුළ යවනු ලැබේ.\n\n"
        "කෙසේ වෙතත්, ඉරානය සඳහා තැපැල් සේවා අත්හිටුවීම තවදුරටත් බලපැවැත්වේ.",
        "resumption",
        ["IL"],
        id="si-suspension-still-in-force",
    ),
    pytest.param(
        "CN",
        "customs",
        "关于对锂电池相关物项实施出口管制的决定",
        "经国务院批准，决定对以下物项实施出口管制：重量能量密度≥300Wh/kg的锂离子电池。通过邮寄、"
        "快件等方式出口上述物项的，同样适用本公告。",
        "new_requirement",
        None,
        id="zh-export-control",
    ),
    pytest.param(
        "NL",
        "postal",
        "Nieuwe toeslag voor pakketten naar Zwitserland en Noorwegen",
        "Vanaf 1 januari rekenen wij een toeslag voor de douaneafhandeling van pakketten naar "
        "Zwitserland en Noorwegen.",
        "duty_tax_change",
        ["CH", "NO"],
        id="nl-nieuwe-toeslag",
    ),
    pytest.param(
        "CA",
        "other",
        "Grève à Postes Canada : ce que cela signifie pour vos commandes",
        "Postes Canada a confirmé qu'aucun envoi ne sera accepté pendant la durée de la grève et "
        "que les envois déjà dans le réseau seront sécurisés jusqu'à la reprise des activités.",
        "suspension",
        None,
        id="fr-no-item-accepted-until-the-resumption",
    ),
    pytest.param(
        "JP",
        "other",
        "ロシア・ベラルーシ宛て郵便物の航空便引受停止について",
        "ロシア及びベラルーシ宛ての国際郵便物について、航空便の引受を制限します。船便は引き続き"
        "引受けます。\n\nなお、ウクライナ宛ての郵便物は既に全面的に引受停止となっております。",
        "restriction",
        ["BY", "RU"],
        id="ja-a-stop-in-force-already-is-no-news",
    ),
    pytest.param(
        "CH",
        "postal",
        "Australie : interdiction d'importer des cigarettes électroniques",
        "Depuis le 1er mars, l'Australie interdit l'importation de tous les dispositifs de "
        "vapotage. La Poste Suisse n'accepte donc plus d'envois contenant des cigarettes "
        "électroniques à destination de l'Australie.",
        "prohibited_items",
        ["AU"],
        id="fr-la-poste-suisse-is-the-operator",
    ),
    pytest.param(
        "AL",
        "postal",
        "Pezullim i përkohshëm i pranimit të dërgesave për Kanadanë",
        "Për shkak të grevës së punonjësve të Canada Post, pranimi i dërgesave me destinacion "
        "Kanadanë pezullohet përkohësisht.\n\nDërgesat drejt Shteteve të Bashkuara të Amerikës "
        "nuk preken nga ky pezullim dhe vazhdojnë të pranohen.",
        "suspension",
        ["CA"],
        id="sq-kanadane-and-not-affected",
    ),
    pytest.param(
        "DK",
        "postal",
        "PostNord stopper med brevomdeling i Danmark",
        "PostNord stopper med at omdele breve i Danmark. Den sidste brevomdeling sker den 30. "
        "december 2025. Pakker er ikke omfattet af ændringen.",
        "suspension",
        ["DK"],
        id="da-stops-delivering-letters",
    ),
    pytest.param(
        "SE",
        "postal",
        "Längre leveranstid för post till utlandet",
        "Paket till mottagare utomlands kan få försenad utdelning under julen.",
        "delay",
        ["*"],
        id="sv-delivery-abroad-is-everywhere",
    ),
    pytest.param(
        "GB",
        "postal",
        "Items to other countries",
        "Items posted to other countries may take longer to be delivered over the holidays.",
        "delay",
        ["*"],
        id="en-delivery-to-other-countries-is-everywhere",
    ),
    pytest.param(
        "GB",
        "postal",
        "Cross-border parcels: delivery delays",
        "Cross-border parcels may take two extra days to be delivered because of capacity "
        "constraints.",
        "delay",
        ["*"],
        id="en-cross-border-delivery-is-everywhere",
    ),
    pytest.param(
        "GB",
        "postal",
        "Delivery delays",
        "Outbound items may take two more days to be delivered because of fewer flights.",
        "delay",
        ["*"],
        id="en-delivery-title-over-outbound-items",
    ),
    pytest.param(
        "PH",
        "postal",
        "Delivery delays after the typhoon",
        "Delivery of domestic and international letters and parcels in flooded areas may be "
        "delayed this week.",
        "delay",
        ["PH"],
        id="en-domestic-and-international-delivered-at-home",
    ),
    pytest.param(
        "RU",
        "postal",
        "Изменения в приёме посылок",
        "С 1 июня вес посылок в Казахстан ограничен 10 кг. С этого же дня посылки в Киргизию уже "
        "не принимаются.",
        None,
        ["KG", "KZ"],
        id="ru-uzhe-ne-is-no-longer",
    ),
    pytest.param(
        "GB",
        "postal",
        "Middle East update",
        "We have already stopped accepting parcels to Lebanon from today. Parcels to Jordan are "
        "limited to 10 kg.",
        None,
        ["JO", "LB"],
        id="en-already-stopped-from-today-is-news",
    ),
    pytest.param(
        "IE",
        "customs",
        "Travellers' allowances and postal items",
        "From 1 July the alcohol allowance for travellers rises to 2 litres; these allowances "
        "apply only to travellers. Separately, goods sent by post from outside the EU lose the "
        "€150 duty relief from 1 July.",
        "duty_tax_change",
        ["IE"],
        id="en-travellers-only-beside-a-postal-change",
    ),
    pytest.param(
        "ES",
        "customs",
        "Nueva franquicia para viajeros",
        "Se amplía la franquicia de viajeros a 600 euros. La medida no se aplica a los envíos "
        "postales, que desde el 1 de julio pagarán IVA desde el primer euro.",
        "duty_tax_change",
        ["ES"],
        id="es-not-for-postal-items-which-change-too",
    ),
    pytest.param(
        "NL",
        "postal",
        "Drukte: pakketten naar België later",
        "Het aantal pakketten neemt weer toe. Daardoor kunnen pakketten naar België een dag "
        "later bezorgd worden.",
        "delay",
        ["BE"],
        id="nl-neemt-weer-toe-is-no-resumption",
    ),
    pytest.param(
        "DK",
        "postal",
        "Nye regler for pakker til Norge",
        "Fra 1. april skal alle pakker til Norge have et VOEC-nummer. Vi udfaser samtidig de "
        "gamle toldblanketter.",
        "new_requirement",
        ["NO"],
        id="da-udfaser-blanketter-is-no-stop",
    ),
    pytest.param(
        "CH",
        "postal",
        "Case studies: electronic declarations for parcels to Norway",
        "From 1 March every parcel to Norway must carry an electronic customs declaration. These "
        "case studies show how three shops prepared.",
        "new_requirement",
        ["NO"],
        id="en-case-studies-over-a-new-rule",
    ),
    pytest.param(
        "FR",
        "postal",
        "Reprise des envois vers le Liban",
        "Les envois vers le Liban sont de nouveau acceptés à partir du 5 mai. Pour la Syrie et "
        "l'Irak, veuillez consulter le tableau des pays.",
        "resumption",
        ["LB"],
        id="fr-pour-x-veuillez-consulter-le-tableau",
    ),
]

# Notices that are no change for a sender
_RELEVANCE = [
    pytest.param(
        "GR",
        "customs",
        "Προσοχή σε παραπλανητικά μηνύματα",
        "Κυκλοφορούν παραπλανητικά μηνύματα που ζητούν την καταβολή δασμών για ένα δέμα από το "
        "εξωτερικό. Τα μηνύματα οδηγούν σε ψεύτικη ιστοσελίδα. Μην ακολουθήσετε τον σύνδεσμο.",
        "irrelevant",
        [],
        id="el-misleading-messages-and-fake-site",
    ),
    pytest.param(
        "VN",
        "postal",
        "Thông báo tạm dừng hệ thống tra cứu định vị bưu gửi để nâng cấp",
        "Từ 22h00 ngày 30/11 đến 04h00 ngày 01/12, hệ thống tra cứu định vị bưu gửi sẽ tạm dừng "
        "hoạt động. Hoạt động chấp nhận và phát bưu gửi vẫn diễn ra bình thường.",
        "irrelevant",
        [],
        id="vi-tracking-lookup-down-for-an-upgrade",
    ),
    pytest.param(
        "VN",
        "postal",
        "Temporary suspension of the parcel tracking system for an upgrade",
        "From 22:00 on 30 November to 04:00 on 1 December the parcel tracking system will be "
        "temporarily suspended. Acceptance and delivery of items continue as normal.",
        "irrelevant",
        [],
        id="en-tracking-system-down-for-an-upgrade",
    ),
    pytest.param(
        "US",
        "other",
        "Man sentenced for mailing threatening letters",
        "A man was sentenced today to 30 months in federal prison for mailing threatening "
        "letters to election offices. According to court documents, the defendant mailed the "
        "letters in November. Delivery of ballots was delayed in two counties.",
        "irrelevant",
        [],
        id="en-court-press-release",
    ),
    pytest.param(
        "IN",
        "postal",
        "होली के अवसर पर डाकघरों के कार्य समय के संबंध में सूचना",
        "होली के अवसर पर 14 मार्च को सभी डाकघर बंद रहेंगे तथा इस दिन काउंटर सेवाएँ एवं डाक वितरण "
        "स्थगित रहेगा। 15 मार्च से सभी डाकघरों में कार्य सामान्य रूप से होगा।",
        "irrelevant",
        [],
        id="hi-holiday-closure",
    ),
    pytest.param(
        "TH",
        "postal",
        "แจ้งปิดปรับปรุงระบบติดตามสถานะสิ่งของชั่วคราว",
        "ไปรษณีย์ไทยขอแจ้งปิดปรับปรุงระบบติดตามสถานะสิ่งของ ในวันอาทิตย์ เวลา 02.00 – 06.00 น. "
        "ในช่วงเวลาดังกล่าว จะระงับการให้บริการชั่วคราว "
        "การรับฝากและนำจ่ายสิ่งของยังคงให้บริการตามปกติ",
        "irrelevant",
        [],
        id="th-tracking-system-maintenance",
    ),
    pytest.param(
        "VN",
        "postal",
        "Thông báo điều chỉnh giá cước dịch vụ thư trong nước",
        "Tổng công ty Bưu điện Việt Nam thông báo điều chỉnh giá cước dịch vụ thư cơ bản trong "
        "nước từ ngày 01/01/2025 như sau:\n\nNấc khối lượng | Giá cước cũ | Giá cước mới\n"
        "Đến 20 gram | 4.000 đồng | 4.500 đồng\n\nGiá cước trên đã bao gồm thuế giá trị gia tăng "
        "(VAT). Giá cước dịch vụ bưu kiện quốc tế và EMS không thay đổi.",
        "irrelevant",
        [],
        id="vi-domestic-prices-international-unchanged",
    ),
    pytest.param(
        "EG",
        "postal",
        "Egypt Post launches the new version of its mobile application",
        "Customers can now track their items and pay customs fees in the new mobile "
        "application. The old version of application will be stopped from 1 December.",
        "irrelevant",
        [],
        id="en-old-version-of-an-app-stopped",
    ),
    pytest.param(
        "IN",
        "postal",
        "विश्व डाक दिवस पर स्मारक डाक टिकट जारी",
        "डाक विभाग ने आज चार स्मारक डाक टिकटों का एक सेट जारी किया। ये टिकट फिलेटली ब्यूरो में "
        "उपलब्ध हैं। विदेश में रहने वाले संग्रहकर्ता अंतर्राष्ट्रीय स्पीड पोस्ट के माध्यम से "
        "ऑर्डर कर "
        "सकते हैं; डाक शुल्क अतिरिक्त देय होगा।",
        "irrelevant",
        [],
        id="hi-stamp-issue",
    ),
    pytest.param(
        "KR",
        "customs",
        "KCS hosts regional workshop on cross-border e-commerce",
        "The Korea Customs Service hosted a regional workshop on cross-border e-commerce in "
        "Seoul. Participants discussed the collection of duties and taxes on low-value "
        "shipments and the use of advance electronic data for postal items.",
        "irrelevant",
        [],
        id="en-customs-workshop",
    ),
    pytest.param(
        "GB",
        "other",
        "New date: webinar 'ICS2 Release 3 – what postal shippers need to know'",
        "Our webinar, originally scheduled for 10 September, has been moved to 24 September. The "
        "session will cover the data elements required from postal operators for shipments to "
        "the EU. Members: free. Non-members: £45 + VAT.",
        "irrelevant",
        [],
        id="en-a-webinar-on-a-new-date",
    ),
    pytest.param(
        "GB",
        "other",
        "Steel safeguard: quota volumes and country allocations for 2025 to 2026",
        "The government has published the tariff rate quota volumes that will apply to 15 "
        "categories of steel products from 1 July 2025, following the decision to extend the "
        "steel safeguard measure. Imports within each quota will continue to enter the UK "
        "tariff-free. Once a quota is exhausted, an over-quota tariff of 25% will apply until "
        "the next quarterly period begins.",
        "irrelevant",
        [],
        id="en-steel-safeguard-quotas",
    ),
    pytest.param(
        "IN",
        "postal",
        "Department of Posts releases Special Cover on Deepawali",
        "The Department of Posts released a Special Cover and a Special Cancellation on "
        "Deepawali. Special covers are available at Philatelic Bureaux. Customers can order them "
        "online, with delivery to international addresses by Speed Post International at the "
        "applicable tariff.",
        "irrelevant",
        [],
        id="en-special-cover",
    ),
    pytest.param(
        "TR",
        "postal",
        "Bayram Tebrik Kartlarında Yurtiçi Mektup Ücreti İndirimi",
        "Bayram tebrik kartları için yurtiçi mektup ücreti 15 TL yerine 7,50 TL olarak "
        "uygulanacak. Kampanya yalnızca yurtiçi gönderileri kapsamakta olup yurtdışı mektup ve "
        "koli ücretlerinde herhangi bir değişiklik bulunmamaktadır.",
        "irrelevant",
        [],
        id="tr-domestic-discount-international-unchanged",
    ),
    pytest.param(
        "ZA",
        "postal",
        "New domestic postage tariffs from 1 April 2024",
        "New tariffs for reserved domestic postal services will come into effect on 1 April "
        "2024.\n\nService | Current | From 1 April 2024\nStandard letter (up to 100g) | R5.25 | "
        "R5.80\nRegistered mail fee | R46.50 | R51.00",
        "irrelevant",
        [],
        id="en-new-domestic-tariffs",
    ),
    pytest.param(
        "KR",
        "customs",
        "Travellers' duty-free allowance raised to USD 800",
        "From 6 September the basic duty-free allowance for travellers' personal belongings "
        "rises from USD 600 to USD 800, and alcohol from one bottle to two. The changes apply "
        "only to travellers. The duty-free threshold for goods arriving by international post "
        "or express (USD 150) does not change.",
        "irrelevant",
        [],
        id="en-travellers-allowance-only",
    ),
    pytest.param(
        "CU",
        "customs",
        "Se prorroga la importación por pasajeros de alimentos sin pago de aranceles",
        "Se prorroga hasta el 31 de diciembre la medida que autoriza a los pasajeros la "
        "importación, como equipaje acompañado, de alimentos y medicamentos exentos del pago de "
        "aranceles. La medida no es aplicable a los envíos por vía postal.",
        "irrelevant",
        [],
        id="es-passengers-not-postal-items",
    ),
    pytest.param(
        "ID",
        "postal",
        "PosAja! Versi 3.0 Hadir dengan Fitur Baru",
        "PT Pos Indonesia meluncurkan aplikasi PosAja! versi 3.0. Fitur baru: lacak kiriman "
        "domestik dan internasional, notifikasi otomatis apabila kiriman mengalami "
        "keterlambatan.",
        "irrelevant",
        [],
        id="id-new-app-version",
    ),
]


# Categories the new words decide
_CATEGORIES = [
    pytest.param(
        "US",
        "postal",
        "Prohibition on toner and ink cartridges",
        "Effective immediately, toner and ink cartridges weighing 16 ounces or more are "
        "prohibited in all international mail.",
        ["electronics"],
        id="en-toner-and-ink-cartridges",
    ),
    pytest.param(
        "JP",
        "postal",
        "New limits for cosmetics in items to Korea",
        "From 1 March 2024, items to Korea containing liquid cosmetics (including perfume-free "
        "toner, shampoo and similar) can only be accepted when each bottle does not exceed 100 "
        "ml.",
        ["perfumes_cosmetics"],
        id="en-a-skin-toner-is-no-printer-supply",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "kind", "codes"), _KINDS)
def test_kind_and_destinations(
    origin: str,
    source_kind: str,
    title: str,
    text: str,
    kind: str | None,
    codes: list[str] | None,
) -> None:
    if kind is None:  # a stop of one category (a ban or a stop: labels differ): only where
        check_relevant(title, text, origin, source_kind, destinations=codes)
    else:
        _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "categories"), _CATEGORIES)
def test_categories(
    origin: str, source_kind: str, title: str, text: str, categories: list[str]
) -> None:
    check_relevant(title, text, origin, source_kind, categories=categories)


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "kind", "codes"), _RELEVANCE)
def test_no_change_for_a_sender(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    got = _check(title, text, origin, source_kind, kind, codes)
    assert not got.relevant


def test_a_resumption_awaited_is_none() -> None:
    """ "Held ... until the resumption of operations" (here in French): the resumption has not
    come."""
    got = classify(
        "Grève à Postes Canada : vos commandes",
        "Les commandes expédiées avec Postes Canada sont mises en attente à notre entrepôt. Les "
        "envois déjà dans le réseau seront sécurisés jusqu'à la reprise des activités.",
        origin="CA",
        source_kind="other",
    )
    assert got.change_kind != "resumption", got.evidence[:4]
