"""Session 90, from blind sets 561-609 and the review of the change: each case a notice
written for one rule, with the fields that rule decides (its kind and destinations, its
categories, or that it is no change)."""

from __future__ import annotations

import pytest

from tests.classify_check import EU27, check_fields

_NOTICES = [
    # kinds of change and destinations the new words and rules decide
    pytest.param(
        "AU",
        "postal",
        "Changes to maximum weight limits for international parcels",
        "The maximum weight you can send to some destinations will change from 2 September.\n"
        "Destination | Current max weight | From 2 September\n"
        "Brazil | 20 kg | 10 kg\n"
        "Argentina | 20 kg | 2 kg\n"
        "To check the weight limit for any destination, use our international postage "
        "calculator.",
        {"change_kind": "restriction", "destinations": ["AR", "BR"]},
        id="en-tool-pointer-for-any-destination",
    ),
    pytest.param(
        "CA",
        "postal",
        "New prohibitions: vaping products",
        "The following destinations now prohibit e-cigarettes sent by mail.\n"
        "Destination | Prohibited items | Effective date\n"
        "Australia | E-cigarettes and vaping liquids | 1 March\n"
        "Thailand | E-cigarettes and heated tobacco | Immediately\n"
        "Note: lithium batteries shipped on their own remain non-mailable to all international "
        "destinations.",
        {"change_kind": "prohibited_items", "destinations": ["AU", "TH"]},
        id="en-standing-rule-for-all-after-table-rows",
    ),
    pytest.param(
        "FI",
        "postal",
        "Posti keskeyttää tavaralähetykset Yhdysvaltoihin",
        "Posti keskeyttää tavaraa sisältävien lähetysten vastaanoton Yhdysvaltoihin 25.8. "
        "alkaen.\nKeskeytys koskee myös Yhdysvaltojen alueita, kuten Puerto Ricoa ja Guamia.",
        {"change_kind": "suspension", "destinations": ["GU", "PR", "US"]},
        id="fi-territories-named-after-the-word-territories",
    ),
    pytest.param(
        "GR",
        "customs",
        "Σταθερός δασμός 3 ευρώ στα δέματα χαμηλής αξίας",
        "Από την 1η Ιουλίου 2026 επιβάλλεται σταθερός δασμός 3 ευρώ σε κάθε δέμα χαμηλής αξίας "
        "που εισέρχεται στην ΕΕ. Στην Ελλάδα τα τελωνεία διεκπεραίωσαν πάνω από 30 εκατομμύρια "
        "τέτοιες αποστολές πέρυσι.",
        {"change_kind": "duty_tax_change", "destinations": EU27},
        id="el-member-customs-own-country-in-a-figure-only",
    ),
    pytest.param(
        "US",
        "postal",
        "European Union: new VAT rules from 1 July",
        "From 1 July VAT will be charged on all goods imported into the EU, regardless of value. "
        "The new rules do not apply to mail sent to the United Kingdom, Switzerland or Norway, "
        "which are not members of the EU.",
        {"change_kind": "duty_tax_change", "destinations": EU27},
        id="en-rules-do-not-apply-to-mail-sent-to",
    ),
    pytest.param(
        "CN",
        "postal",
        "关于寄往欧盟国家邮件须提供电子数据的通知",
        "自2021年3月1日起，寄往欧盟国家的商品类邮件须提供电子数据。"
        "寄往挪威、瑞士、英国等非欧盟国家的邮件不适用本通知。",
        {"change_kind": "new_requirement", "destinations": EU27},
        id="zh-this-notice-does-not-apply",
    ),
    pytest.param(
        "NO",
        "postal",
        "VOEC-nummer blir obligatorisk fra 1. april",
        "Fra 1. april må utenlandske nettbutikker oppgi VOEC-nummer for varer til forbrukere i "
        "Norge. Ordningen gjelder heller ikke for sendinger til Svalbard og Jan Mayen.",
        {"change_kind": "new_requirement", "destinations": ["NO"]},
        id="nb-does-not-apply-either",
    ),
    pytest.param(
        "BR",
        "postal",
        "Atrasos na fiscalização aduaneira de encomendas internacionais",
        "Devido ao aumento do volume, a fiscalização aduaneira das encomendas internacionais "
        "está levando mais tempo do que o habitual.",
        {"change_kind": "delay", "destinations": ["BR"]},
        id="pt-customs-inspection-at-home-is-inbound",
    ),
    pytest.param(
        "LT",
        "postal",
        "Nauji reikalavimai siuntoms į ES šalis",
        "Nuo liepos 1 d. siuntoms į ES šalis privaloma pateikti elektroninius muitinės duomenis.",
        {"change_kind": "new_requirement", "destinations": [c for c in EU27 if c != "LT"]},
        id="lt-es-with-its-noun-is-the-eu",
    ),
    pytest.param(
        "PT",
        "postal",
        "Suspensão de envios com mercadorias para os Estados Unidos",
        "A partir de 25 de agosto fica suspensa a aceitação de envios com mercadorias com destino "
        "aos Estados Unidos. A suspensão abrange igualmente Porto Rico, Guam e as Ilhas Virgens "
        "Americanas.",
        {"change_kind": "suspension", "destinations": ["GU", "PR", "US", "VI"]},
        id="pt-the-suspension-covers-as-well",
    ),
    pytest.param(
        "HU",
        "postal",
        "Újraindul a küldeményfelvétel a Kongói Köztársaságba",
        "2022. május 16-tól ismét felvesszük a Kongói Köztársaságba címzett levél- és "
        "csomagküldeményeket. A Kongói Demokratikus Köztársaságba címzett küldemények felvétele "
        "továbbra is szünetel.",
        {"change_kind": "resumption", "destinations": ["CG"]},
        id="hu-the-two-congos-by-their-official-names",
    ),
    pytest.param(
        "CA",
        "postal",
        "Service alert: national strike",
        "We will not accept new items for mailing. This applies to all products, including items "
        "addressed to the U.S. and to international destinations.",
        {"change_kind": "suspension", "destinations": ["*"]},
        id="en-the-us-and-to-international-destinations",
    ),
    pytest.param(
        "CA",
        "postal",
        "Changes to mailing lithium batteries to the U.S. and international destinations",
        "Lithium batteries shipped on their own are no longer accepted for delivery to the U.S. "
        "or to any international destination.\nDomestic mail\nWithin Canada, lithium batteries "
        "may continue to be sent by ground.",
        {"change_kind": "prohibited_items", "destinations": ["*"]},
        id="en-the-us-and-the-world-beside-the-own-country",
    ),
    pytest.param(
        "AE",
        "postal",
        "بريد الإمارات يستأنف قبول المواد البريدية الدولية إلى عدد من الوجهات",
        "يعلن بريد الإمارات عن استئناف قبول المواد البريدية الدولية إلى عدد من الوجهات اعتبارًا "
        "من 21 يونيو 2020، وهي:\n- المملكة المتحدة\n- فرنسا\n- ألمانيا\nوفي المقابل، يستمر "
        "تعليق قبول المواد البريدية إلى كل من نيبال وبيرو.",
        {"change_kind": "resumption", "destinations": ["DE", "FR", "GB"]},
        id="ar-which-are-heads-a-list",
    ),
    pytest.param(
        "MY",
        "postal",
        "Syarat Baharu Penghantaran Bateri Litium Melalui Mel Antarabangsa",
        "Pos Malaysia akan melaksanakan syarat baharu bagi kiriman antarabangsa yang mengandungi "
        "bateri litium berkuat kuasa 1 April 2017, untuk semua destinasi:\n1. Bateri litium "
        "hanya diterima jika dipasang di dalam peralatan.\n2. Bateri ganti, bateri longgar dan "
        "power bank TIDAK diterima.\nSyarat ini tidak melibatkan kiriman domestik dalam "
        "Malaysia.",
        {"change_kind": "restriction", "destinations": ["*"]},
        id="ms-all-destinations",
    ),
    pytest.param(
        "KW",
        "other",
        "وقف استقبال البريد الدولي الصادر مؤقتًا",
        "في ضوء تعليق الرحلات التجارية من وإلى دولة الكويت اعتبارًا من 13 مارس 2020، تعلن وزارة "
        "المواصلات عن وقف استقبال جميع المواد البريدية الصادرة إلى كافة دول العالم مؤقتًا.\n"
        "وستبقى مكاتب البريد مفتوحة لاستلام الطرود الواردة.",
        {"change_kind": "suspension", "destinations": ["*"]},
        id="ar-every-country-of-the-world-beside-flights-home",
    ),
    pytest.param(
        "RO",
        "postal",
        "Interdicție privind expedierea țigărilor electronice către Australia",
        "Începând cu 1 martie 2024 importul în Australia al țigărilor electronice este interzis."
        "\nMăsura se aplică și trimiterilor către teritoriile externe ale Australiei: Insula "
        "Crăciunului, Insulele Cocos (Keeling) și Insula Norfolk.",
        {"change_kind": "prohibited_items", "destinations": ["AU", "CC", "CX", "NF"]},
        id="ro-the-external-territories-listed",
    ),
    pytest.param(
        "LT",
        "postal",
        "Atnaujinamas siuntų į Australiją ir Naująją Zelandiją priėmimas",
        "Lietuvos paštas nuo birželio 10 d. vėl priima visų rūšių pašto siuntas į Australiją ir "
        "Naująją Zelandiją.",
        {"change_kind": "resumption", "destinations": ["AU", "NZ"]},
        id="lt-new-zealand-declined",
    ),
    pytest.param(
        "HR",
        "postal",
        "Privremena obustava zaprimanja pošiljaka s robom za SAD",
        "Od 25. kolovoza Hrvatska pošta privremeno neće zaprimati pošiljke s robom namijenjene "
        "primateljima u SAD-u, uključujući Portoriko, Guam i Američke Djevičanske otoke.",
        {"change_kind": "suspension", "destinations": ["GU", "PR", "US", "VI"]},
        id="hr-us-virgin-islands-in-the-accusative",
    ),
    pytest.param(
        "TH",
        "postal",
        "ระงับการรับฝากสิ่งของไปยังสหรัฐอเมริกาเป็นการชั่วคราว",
        "ไปรษณีย์ไทยขอระงับการรับฝากสิ่งของที่มีสินค้าส่งไปยังสหรัฐอเมริกา รวมถึงเปอร์โตริโก กวม "
        "และหมู่เกาะเวอร์จินของสหรัฐฯ เป็นการชั่วคราว ตั้งแต่วันที่ 25 สิงหาคม 2568",
        {"change_kind": "suspension", "destinations": ["GU", "PR", "US", "VI"]},
        id="th-guam-and-the-us-virgin-islands",
    ),
    pytest.param(
        "KR",
        "postal",
        "카리브해 지역 국제우편물 접수 중지 안내",
        "허리케인 피해로 다음 지역행 모든 국제우편물의 접수를 중지합니다.\n ○ 도미니카연방\n"
        " ○ 영국령 버진아일랜드\n※ 도미니카공화국행 우편물은 정상 접수됩니다.",
        {"change_kind": "suspension", "destinations": ["DM", "VG"]},
        id="ko-commonwealth-of-dominica",
    ),
    pytest.param(
        "KR",
        "postal",
        "미국 조지아주 폭설로 인한 배달 지연 안내",
        "미국 조지아주 애틀랜타 지역 폭설로 미국행 우편물 배달이 지연되고 있습니다.",
        {"change_kind": "delay", "destinations": ["US"]},
        id="ko-the-state-of-georgia-beside-atlanta",
    ),
    # guards: each right before this session, kept so
    pytest.param(
        "PT",
        "postal",
        "Suspensão de envios para Angola",
        "Suspendemos temporariamente os envios para Angola. O nosso centro de tratamento de "
        "Lisboa abrange igualmente Espanha.",
        {"change_kind": "suspension", "destinations": ["AO"]},
        id="pt-a-hub-that-covers-a-country-as-well-is-no-stop-there",
    ),
    pytest.param(
        "KR",
        "postal",
        "조지아 주요 도시 우편물 배달 지연 안내",
        "시위로 조지아 주요 도시의 우편물 배달이 지연되고 있습니다.",
        {"change_kind": "delay", "destinations": ["GE"]},
        id="ko-georgias-main-cities-are-the-country",
    ),
    pytest.param(
        "KR",
        "postal",
        "국제우편물 접수 재개 안내",
        "조지아 주재 대사관의 요청에 따라 국제우편물 접수를 재개합니다.",
        {"change_kind": "resumption", "destinations": ["GE"]},
        id="ko-the-embassy-in-georgia-is-the-country",
    ),
    pytest.param(
        "NO",
        "postal",
        "Mail to Norway delayed by runway snow clearance",
        "Mail to Norway is delayed because of runway snow clearance at Oslo airport. Items may "
        "arrive a day late.",
        {"change_kind": "delay", "categories": ["all_goods", "documents"]},
        id="en-snow-clearance-is-no-customs",
    ),
    pytest.param(
        "SM",
        "postal",
        "Ritardi nella consegna della posta a Dogana",
        "A causa di lavori stradali, la consegna della posta nella curazia di Dogana subirà "
        "ritardi.",
        {"change_kind": "delay", "categories": ["all_goods", "documents"]},
        id="it-dogana-the-town-is-no-customs",
    ),
    pytest.param(
        "BE",
        "postal",
        "Retards du courrier vers la France",
        "Le courrier vers la France est retardé. Les vols en provenance des territoires "
        "d'outre-mer comme La Réunion sont annulés.",
        {"change_kind": "delay", "destinations": ["FR"]},
        id="fr-territories-flights-come-from",
    ),
    pytest.param(
        "KR",
        "postal",
        "미국 허리케인 피해 지역 우편물 배달 지연 안내",
        "허리케인 영향으로 미국 조지아주 동부와 플로리다주 북서부 지역의 우편물 배달이 지연되고 "
        "있습니다.\n※ 위 조지아주는 미국의 주이며, 조지아(국가)행 우편물과는 관계없습니다.",
        {"change_kind": "delay", "destinations": ["US"]},
        id="ko-the-state-of-georgia-is-in-the-us",
    ),
    pytest.param(
        "DE",
        "customs",
        "Einfuhrumsatzsteuer ab dem ersten Cent",
        "Zum 1. Juli 2021 tritt das Mehrwertsteuer-Digitalpaket der Europäischen Union in Kraft. "
        "Damit entfällt die Befreiung von der Einfuhrumsatzsteuer für Sendungen bis 22 Euro. "
        "Künftig sind alle Warensendungen aus Staaten außerhalb der EU bei der Einfuhr nach "
        "Deutschland steuerpflichtig.",
        {"change_kind": "duty_tax_change", "destinations": ["DE"]},
        id="de-member-customs-own-imports-stay-its-own",
    ),
    pytest.param(
        "MX",
        "carrier",
        "Huracán Otis – Acapulco",
        "Debido al huracán, los servicios de entrega en Acapulco se encuentran suspendidos "
        "temporalmente. Los envíos nacionales e internacionales con destino a Acapulco "
        "permanecerán resguardados en nuestras instalaciones.",
        {"change_kind": "suspension", "destinations": ["MX"]},
        id="es-delivery-stopped-at-home",
    ),
    # categories
    pytest.param(
        "GB",
        "postal",
        "Customs delays: mail to Chile",
        "Mail to Chile is taking longer to arrive because of a backlog at customs in Santiago. "
        "We continue to accept it.",
        {"categories": ["all_goods"]},
        id="en-delay-at-customs-holds-goods-only",
    ),
    # notices that change nothing for a sender
    pytest.param(
        "IN",
        "postal",
        "Gramin Dak Sevak engagement: result of the merit list",
        "The merit list of shortlisted candidates for engagement as Gramin Dak Sevaks has been "
        "published. Candidates must have their documents verified by 3 September. The "
        "Department reserves the right to suspend or cancel the engagement process without "
        "assigning any reason.",
        {"relevant": False},
        id="en-merit-list-of-candidates",
    ),
    pytest.param(
        "MX",
        "customs",
        "Convocatoria pública 2024: oficiales de aduanas",
        "La Agencia convoca a las personas interesadas en incorporarse a las aduanas de la "
        "frontera norte, en el límite con Guatemala.\nRequisitos: licenciatura concluida.\n"
        "Las personas seleccionadas recibirán capacitación en la identificación de mercancías "
        "prohibidas como armas y vapeadores.\nPublicación de resultados: 30 de junio.",
        {"relevant": False},
        id="es-public-call-for-staff",
    ),
    pytest.param(
        "HN",
        "postal",
        "Nuevas tarifas de servicios nacionales",
        "A partir del 15 de enero entran en vigencia las nuevas tarifas para los servicios "
        "postales nacionales:\n- Encomienda nacional hasta 1 kg: L 85.00\nLas tarifas de los "
        "servicios internacionales no forman parte de este ajuste.",
        {"relevant": False},
        id="es-new-domestic-tariffs",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str, source_kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, source_kind, title, text, want)
