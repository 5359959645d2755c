"""Session 94, from blind sets 672-684: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, its categories, or that it is no
change)."""

from __future__ import annotations

import pytest

from monitor.classify.destinations import find_destinations
from monitor.classify.text import Doc
from tests.classify_check import EU27 as _EU27
from tests.classify_check import check_fields

_NOTICES = [
    # a customer's case in an FAQ names one member of the union the rule is for: an example,
    # not the only place
    pytest.param(
        "KE",
        "postal",
        "Advance electronic data for items to the European Union",
        "From 1 March, all items containing goods sent to the European Union must carry "
        "complete electronic customs data. The European Union covers all 27 member states.\n\n"
        "Q: I am only sending a letter to Portugal.\nA: Letters and documents need no data.",
        {"change_kind": "new_requirement", "destinations": _EU27},
        id="en-faq-case-names-one-member",
    ),
    # the currency of a declared value is no cash
    pytest.param(
        "GH",
        "postal",
        "New customs declaration data for parcels to Canada",
        "From 1 June, parcels to Canada must show the value of each item, with currency, and "
        "its HS code.",
        {"destinations": ["CA"], "categories": ["all_goods"]},
        id="en-value-with-currency",
    ),
    # Japanese "imported into Japan" from a quarantine office: Japan, not the countries of
    # the outbreak
    pytest.param(
        "JP",
        "other",
        "国際郵便物で届く果物にご注意ください",
        "タイ、インドネシアなどで害虫の発生が続いており、検査証明書のない果物は日本に輸入することは"
        "できません。",
        {"destinations": ["JP"]},
        id="ja-imported-into-japan",
    ),
    # Thai "postal items" (ไปรษณียภัณฑ์, written without the silent mark)
    pytest.param(
        "TH",
        "postal",
        "งดรับฝากไปรษณียภัณฑ์ปลายทางนิวซีแลนด์ชั่วคราว",
        "ไปรษณีย์ไทยขอแจ้งงดรับฝากไปรษณียภัณฑ์ทุกประเภทปลายทางนิวซีแลนด์ชั่วคราว",
        {"change_kind": "suspension", "destinations": ["NZ"]},
        id="th-postal-items-suspended",
    ),
    # Persian: sending saffron abroad by international post, only up to a ceiling
    pytest.param(
        "IR",
        "postal",
        "شرایط جدید ارسال زعفران",
        "ارسال زعفران به خارج از کشور از طریق پست بین‌المللی تنها تا سقف ۱۰۰ گرم در هر مرسوله "
        "مجاز است.",
        {"change_kind": "restriction", "categories": ["food"]},
        id="fa-saffron-ceiling",
    ),
    # Malay limits; "alcohol-based" perfume is no alcohol
    pytest.param(
        "MY",
        "postal",
        "Had baharu kiriman cecair ke Singapura",
        "Mulai 1 Mei, kiriman ke Singapura yang mengandungi minyak wangi berasaskan alkohol "
        "adalah tertakluk kepada had 100 ml setiap bekas.",
        {
            "change_kind": "restriction",
            "destinations": ["SG"],
            "categories": ["liquids", "perfumes_cosmetics"],
        },
        id="ms-limit-alcohol-based-perfume",
    ),
    # an Indian circular: "shall not be booked"
    pytest.param(
        "IN",
        "postal",
        "Booking of e-cigarettes in international mail",
        "It has been decided that with effect from 1 May, e-cigarettes shall not be booked in "
        "any class of international mail for all countries.",
        {"destinations": ["*"], "categories": ["tobacco_vapes"]},
        id="en-shall-not-be-booked",
    ),
    # Spanish "must comply with the following"
    pytest.param(
        "CO",
        "customs",
        "Requisitos para la importación de drones por tráfico postal",
        "A partir del 1 de marzo, los drones que ingresen al país por tráfico postal deberán "
        "cumplir con lo siguiente: registro ante la autoridad aeronáutica y factura comercial.",
        {"change_kind": "new_requirement", "destinations": ["CO"]},
        id="es-must-comply-with",
    ),
    # Japanese "takes days to deliver" (polite form)
    pytest.param(
        "JP",
        "carrier",
        "沖縄県あてのお荷物について",
        "台風の影響により、沖縄県あてのお荷物はお届けに日数を要します。",
        {"change_kind": "delay", "destinations": ["JP"]},
        id="ja-takes-days-to-deliver",
    ),
    # no change: a Malay job advert, a product recall, results in Japanese, pensions paid at
    # post offices
    pytest.param(
        "MY",
        "customs",
        "Iklan Jawatan Kosong: Pegawai Kastam",
        "Jabatan Kastam mempelawa warganegara yang berkelayakan untuk memohon jawatan Pegawai "
        "Kastam. Tugas: memeriksa barang larangan seperti rokok elektronik di pusat mel.",
        {"relevant": False},
        id="ms-job-advert",
    ),
    pytest.param(
        None,
        "other",
        "Certain portable power banks recalled due to fire hazards",
        "Recall summary\n\nProduct: Portable power banks, model X10, sold online across Canada."
        "\n\nIssue: The lithium-ion cells can overheat. The company has received 6 reports of "
        "overheating in Canada and the United States.\n\nWhat you should do: Consumers should "
        "immediately stop using the recalled power banks and contact the company for a free "
        "replacement. Products were manufactured in China.",
        {"relevant": False},
        id="en-product-recall",
    ),
    pytest.param(
        "JP",
        "postal",
        "2026年3月期 中間決算の概要",
        "中間決算の概要\n\n郵便・物流事業では、国際郵便の取扱数量が前年同期比5%減少しました。"
        "主な要因は、米国あてEMSの減少、並びに航空会社におけるリチウム電池の搭載制限の影響等です。",
        {"relevant": False},
        id="ja-results-summary",
    ),
    pytest.param(
        "AO",
        "postal",
        "Suspensão temporária do pagamento de pensões nas estações postais",
        "Os Correios comunicam aos pensionistas que o serviço de pagamento de pensões nas "
        "estações postais de Luanda fica temporariamente suspenso de 2 a 9 de Maio. Os restantes "
        "serviços postais – correspondência, encomendas nacionais e internacionais e EMS – "
        "funcionam normalmente.",
        {"relevant": False},
        id="pt-pensions-suspended",
    ),
    # no change: a telephone line down, a postal museum closed, a customs job call, customs
    # revenue collected, Korean seizure news
    pytest.param(
        "AR",
        "postal",
        "Línea de atención telefónica fuera de servicio",
        "Por tareas de mantenimiento de nuestra central telefónica, la línea 0810 se encuentra "
        "suspendida temporalmente hasta el lunes. Las consultas sobre envíos internacionales "
        "pueden realizarse por el formulario web.",
        {"relevant": False},
        id="es-telephone-line-down",
    ),
    pytest.param(
        "DE",
        "other",
        "Postmuseum bleibt geschlossen",
        "Wegen Sanierungsarbeiten bleibt das Museum für Kommunikation ab dem 1. März geschlossen. "
        "Auch die Sonderausstellung über Briefe aus aller Welt muss vorzeitig enden.",
        {"relevant": False},
        id="de-museum-closed",
    ),
    pytest.param(
        "PE",
        "customs",
        "Convocatoria CAS N.º 12-2026: Especialista en Aduanas",
        "Puesto: Especialista en Aduanas – División de Envíos Postales. Funciones: determinar la "
        "correcta clasificación arancelaria y valoración de mercancías, incluidas las "
        "restringidas (baterías de litio). Remuneración: S/ 7,000. Requisitos: título "
        "profesional y experiencia mínima de 3 años. Postulación: del 2 al 9 de marzo.",
        {"relevant": False},
        id="es-customs-job-call",
    ),
    pytest.param(
        "CO",
        "customs",
        "Recaudo de tributos aduaneros creció 4 %",
        "La entidad informó que el recaudo por tributos aduaneros de 2025 alcanzó $ 70 billones. "
        "El tráfico postal registró 15 millones de guías, la mayoría provenientes de Estados "
        "Unidos y China.",
        {"relevant": False},
        id="es-customs-revenue",
    ),
    pytest.param(
        "KR",
        "customs",
        "관세청, 위조 향수 3만 점 적발",
        "관세청은 국제우편으로 반입된 위조 향수 3만 점을 적발했다고 밝혔다. 적발된 물품에서는 "
        "사용이 금지된 성분이 검출되었다. 관세청은 앞으로도 단속을 계속할 계획이다.",
        {"relevant": False},
        id="ko-seizure-news",
    ),
    # Spanish "may only receive ... when" in an FAQ answer: a limit
    pytest.param(
        "PE",
        "customs",
        "¿Puedo recibir suplementos por courier?",
        "Sí, pero con nuevas condiciones. A partir del 1 de marzo, las personas naturales solo "
        "podrán recibir suplementos vitamínicos por envíos de entrega rápida cuando el valor no "
        "supere US$ 500.",
        {"change_kind": "restriction", "destinations": ["PE"]},
        id="es-may-only-receive",
    ),
    # domestic prices, with the international ones said to be unchanged in a list
    pytest.param(
        "NA",
        "postal",
        "Revised tariffs for domestic letters",
        "Revised tariffs for domestic standard letters and postcards will come into effect on "
        "1 April.\n\nStandard letter up to 20 g: N$4.50\n\nInternational tariffs, EMS and "
        "parcel tariffs remain unchanged.",
        {"relevant": False},
        id="en-domestic-prices-list-unchanged",
    ),
    # delivery disrupted across the whole country: the source's own country
    pytest.param(
        "CI",
        "postal",
        "Avis de perturbations",
        "En raison d'un mouvement de grève, des retards sont à prévoir dans la distribution du "
        "courrier et des colis sur l'ensemble du territoire national.",
        {"change_kind": "delay", "destinations": ["CI"]},
        id="fr-nationwide-delivery",
    ),
    pytest.param(
        "BO",
        "postal",
        "El servicio postal opera con normalidad",
        "Pese al paro de transporte, la distribución de envíos se realiza con normalidad en "
        "todo el país.",
        {"change_kind": "informational", "destinations": ["BO"]},
        id="es-nationwide-normal",
    ),
    # ... but a national strike that stops operations says nothing of delivery at home alone
    pytest.param(
        "CA",
        "postal",
        "National strike: operations stopped",
        "A national strike has begun. Operations have stopped across the country and we "
        "cannot accept items for mailing.",
        {"change_kind": "suspension", "destinations": ["*"]},
        id="en-national-strike-not-home",
    ),
    # French "importer en Suisse": the country that forbids the import, not the outbreak's
    pytest.param(
        "CH",
        "other",
        "Peste porcine en Italie : interdiction d'importer de la viande",
        "Suite à l'apparition de foyers en Italie, il est désormais interdit d'importer en Suisse "
        "de la viande provenant de ce pays, y compris dans les envois postaux. L'office suit la "
        "situation avec les autorités de l'UE.",
        {"destinations": ["CH"], "categories": ["food"]},
        id="fr-import-into-switzerland",
    ),
    # Portuguese "a" as the article after "entre", "que": not "to"
    pytest.param(
        "PT",
        "postal",
        "Envios para a Noruega: nova declaração aduaneira",
        "Com o acordo celebrado entre a União Europeia e a Noruega, a partir de 1 de março os "
        "envios para a Noruega passam a ter de ser acompanhados de declaração aduaneira "
        "eletrónica. Recorde-se que a Islândia e a Suíça já se encontravam fora do território "
        "aduaneiro da UE.",
        {"change_kind": "new_requirement", "destinations": ["NO"]},
        id="pt-article-a-after-entre",
    ),
    # ... not beside a stop of mail abroad, where delivery at home is said to run (the
    # review's guards)
    pytest.param(
        "FR",
        "postal",
        "Suspension temporaire des envois de colis vers l'étranger",
        "En raison de la fermeture de l'aéroport, les envois internationaux de colis sont "
        "suspendus jusqu'à nouvel ordre. La distribution du courrier sur l'ensemble du territoire "
        "national n'est pas affectée.",
        {"change_kind": "suspension", "destinations": ["*"]},
        id="fr-nationwide-normal-beside-a-stop-abroad",
    ),
    pytest.param(
        "TH",
        "postal",
        "ระงับการฝากส่งไปรษณีย์ระหว่างประเทศ",
        "ระงับการรับฝากไปรษณีย์ระหว่างประเทศชั่วคราว การนำจ่ายภายในประเทศทั่วประเทศยังคงเป็นปกติ",
        {"change_kind": "suspension", "destinations": ["*"]},
        id="th-nationwide-normal-beside-a-stop-abroad",
    ),
    # ... nor one region that is a hub, an airline, a clock or a sea for mail abroad
    pytest.param(
        "ES",
        "postal",
        "Retrasos en envíos internacionales",
        "Debido al cierre del aeropuerto de Madrid, los envíos internacionales sufrirán retrasos "
        "en la entrega.",
        {"change_kind": "delay", "destinations": ["*"]},
        id="es-hub-region-mail-abroad",
    ),
    pytest.param(
        "CN",
        "postal",
        "国际邮件延误通知",
        "受海南航空国际航班停飞影响，国际邮件投递时限将延长。",
        {"change_kind": "delay", "destinations": ["*"]},
        id="zh-airline-not-a-province",
    ),
    pytest.param(
        "CN",
        "postal",
        "国际邮件延误通知",
        "受台风影响，东海南部海域航线停航，国际邮件投递出现延误。",
        {"change_kind": "delay", "destinations": ["*"]},
        id="zh-sea-not-a-province",
    ),
    # "sent to:" heads the list of who got the notice
    pytest.param(
        "CA",
        "postal",
        "International parcels delayed",
        "This notice was sent to:\n- Ontario\n- Quebec\n\nInternational parcels are delayed by up "
        "to five days because of reduced flights.",
        {"change_kind": "delay", "destinations": ["*"]},
        id="en-notice-sent-to-regions",
    ),
    # a decoy word beside a change told plainly: pensions, used batteries
    pytest.param(
        "PT",
        "postal",
        "Pensões e envios para Moçambique",
        "O pagamento de pensões será feito a partir do dia 8. Informamos ainda que estão "
        "suspensos os envios para Moçambique a partir de hoje.",
        {"change_kind": "suspension", "destinations": ["MZ"]},
        id="pt-pensions-beside-a-stop",
    ),
    pytest.param(
        "AU",
        "postal",
        "Batteries and the mail",
        "Used batteries can be dropped in collection bins at post offices. From 1 March, "
        "lithium batteries may no longer be sent by airmail to any overseas country.",
        {"destinations": ["*"], "categories": ["lithium_batteries"]},
        id="en-used-batteries-beside-a-ban",
    ),
    # a Malay limit of cash withdrawn at the counter: no change for mail
    pytest.param(
        "MY",
        "postal",
        "Had pengeluaran wang tunai di kaunter",
        "Had baharu pengeluaran wang tunai di kaunter pos ialah RM5,000 sehari mulai 1 Mac.",
        {"relevant": False},
        id="ms-cash-withdrawal-limit",
    ),
    # a Chinese province without its suffix ("海南" for "海南省")
    pytest.param(
        "CN",
        "postal",
        "关于受台风影响海南等地邮件延误的公告",
        "受台风影响，寄往海南的邮件（包括特快专递、包裹及信件）时限将延长2至5天。",
        {"change_kind": "delay", "destinations": ["CN"]},
        id="zh-province-without-suffix",
    ),
    # regions listed under a head that sends mail to them (Indonesian "tujuan:")
    pytest.param(
        "ID",
        "postal",
        "Informasi keterlambatan kiriman akibat banjir",
        "Pengiriman surat dan paket tujuan:\n- Provinsi Aceh\n- Provinsi Sumatera Utara\nakan "
        "mengalami keterlambatan 2-4 hari kerja.",
        {"change_kind": "delay", "destinations": ["ID"]},
        id="id-regions-under-a-head",
    ),
    # one region, in the sentence of the change that speaks of delivery
    pytest.param(
        "MX",
        "postal",
        "Suspensión temporal del servicio por el huracán",
        "Debido a los daños del huracán en el estado de Oaxaca, se suspende temporalmente la "
        "recepción de envíos con destino a Puerto Escondido, así como la entrega en dicha "
        "localidad.",
        {"change_kind": "suspension", "destinations": ["MX"]},
        id="es-one-region-delivery-suspended",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str | None, source_kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, source_kind, title, text, want)


def test_the_last_of_those_who_impose_sanctions_is_no_place() -> None:
    """ "U.S., EU and UN sanctions": the EU imposes them, with the UN after it in the list."""
    doc = Doc.make(
        "Service availability in sanctioned countries",
        "In accordance with applicable U.S., EU and UN sanctions, we do not provide any service "
        "to the following countries: Cuba, Iran, Syria.",
    )
    found = find_destinations(doc, origin="US", carrier_site=True)
    assert found.codes == ["CU", "IR", "SY"]
