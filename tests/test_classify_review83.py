"""Session 83, from blind sets 487-492: each case a notice written for one rule, its kind and
destinations checked (irrelevant ones: no destination)."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import EU27
from tests.classify_check import check_kind as _check

# Kinds of change and destinations the new words decide
_KINDS = [
    pytest.param(
        "CL",
        "postal",
        "Prohibido el ingreso de semillas por vía postal",
        "Desde el 1 de diciembre no se autorizará el ingreso de semillas compradas en internet "
        "y enviadas por correo, procedentes principalmente de China y Estados Unidos.",
        "prohibited_items",
        # (the seeds come into Chile: since session 91 a ban named only with where the goods
        # come from is the source's own country's, no longer every destination)
        ["CL"],
        id="es-an-adverb-inside-coming-from-the-origins",
    ),
    pytest.param(
        "PE",
        "postal",
        "Prohibido el ingreso de semillas",
        "No se autorizará el ingreso al país de semillas procedentes principalmente de China, "
        "Estados Unidos y Corea.",
        "prohibited_items",
        ["PE"],
        id="es-the-own-country-once-the-origins-are-known",
    ),
    pytest.param(
        "IT",
        "postal",
        "Regno Unito: dichiarazione doganale",
        "Dal 1° marzo tutti gli invii con merci diretti nel Regno Unito devono avere la "
        "dichiarazione doganale CN22. Nulla cambia per Jersey e Guernsey.",
        "new_requirement",
        ["GB"],
        id="it-nothing-changes-for-the-islands",
    ),
    pytest.param(
        "MX",
        "postal",
        "Nuevo cargo por combustible",
        "A partir del 1 de mayo se aplicará un cargo por combustible del 8 % a los envíos EMS "
        "con destino internacional.",
        "duty_tax_change",
        ["*"],
        id="es-fuel-charge",
    ),
    pytest.param(
        "TH",
        "postal",
        "ประกาศ การปรับเงื่อนไขการรับฝากพัสดุไปยังประเทศญี่ปุ่น",
        "ไปรษณีย์ไทยขอแจ้งการปรับเงื่อนไขการรับฝากพัสดุไปยังประเทศญี่ปุ่น "
        "น้ำหนักสูงสุดต่อชิ้นไม่เกิน 10 กิโลกรัม มีผลตั้งแต่วันที่ 1 มีนาคม 2568",
        "restriction",
        ["JP"],
        id="th-conditions-of-acceptance-adjusted",
    ),
    pytest.param(
        "VN",
        "postal",
        "Thông báo ảnh hưởng của mưa lũ",
        "Do mưa lũ, việc giao hàng đến các tỉnh Lào Cai, Yên Bái có thể chậm từ 2 đến 4 ngày.",
        "delay",
        ["VN"],
        id="vi-delivery-in-two-provinces-may-be-slow",
    ),
    pytest.param(
        "MY",
        "postal",
        "Kiriman ke Kesatuan Eropah: data elektronik awal",
        "Mulai 1 Jun, semua kiriman barangan ke negara anggota EU wajib disertakan data "
        "elektronik awal. Kiriman ke United Kingdom tidak terlibat.",
        "new_requirement",
        EU27,
        id="ms-the-uk-not-involved",
    ),
    pytest.param(
        "TR",
        "postal",
        "ABD'ye gönderilerde elektronik ön veri zorunluluğu",
        "1 Nisan tarihinden itibaren ABD'ye gönderilen tüm posta gönderileri için elektronik ön "
        "veri zorunlu hale gelmektedir. Eksik veya hatalı veri içeren gönderiler kabul "
        "edilmeyecektir.",
        "new_requirement",
        ["US"],
        id="tr-items-with-missing-or-wrong-data-refused",
    ),
]

# Irish: names without their article and with the first letter the words before change
_IRISH = [
    pytest.param(
        "Moill ar phost chuig an bhFrainc",
        "Mar gheall ar stailc náisiúnta, d'fhéadfadh moill a bheith ar litreacha agus ar "
        "bheartáin atá seolta chuig an bhFrainc.",
        "delay",
        ["FR"],
        id="ga-eclipsed-france",
    ),
    pytest.param(
        "Beartáin chuig an nGearmáin",
        "Ó 1 Márta, tá beartáin chuig an nGearmáin ar fionraí.",
        "suspension",
        ["DE"],
        id="ga-eclipsed-germany",
    ),
]

# Notices with nothing a sender must act on
_IRRELEVANT = [
    pytest.param(
        "TH",
        "postal",
        "ประกาศ อัตราค่าบริการไปรษณีย์ในประเทศ",
        "ไปรษณีย์ไทยขอแจ้งปรับอัตราค่าบริการจดหมายในประเทศ ดังนี้\n"
        "ประเภท | อัตราเดิม | อัตราใหม่\n"
        "จดหมาย น้ำหนักไม่เกิน 20 กรัม | 3 บาท | 5 บาท\n"
        "ไปรษณียบัตร | 2 บาท | 3 บาท\n"
        "มีผลตั้งแต่วันที่ 1 มกราคม 2568\n"
        "ทั้งนี้ อัตราค่าบริการไปรษณีย์ระหว่างประเทศ ไม่มีการเปลี่ยนแปลง",
        id="th-domestic-letter-prices",
    ),
    pytest.param(
        "TH",
        "postal",
        "บริการ EMS ในประเทศ",
        "บริการ EMS ในประเทศ รับส่งพัสดุน้ำหนักสูงสุด 30 กิโลกรัม ทั่วประเทศ",
        id="th-a-domestic-service-and-its-maximum-weight",
    ),
    pytest.param(
        "CY",
        "postal",
        "Courier opens new store in Paphos",
        "Our courier network opens a new store in Paphos. Delivery times between Cyprus and "
        "Greece remain unchanged.",
        id="en-a-new-store",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "kind", "codes"), _KINDS)
def test_kind_and_destinations(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(("origin", "source_kind", "title", "text"), _IRRELEVANT)
def test_irrelevant(origin: str, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant", [])


@pytest.mark.parametrize(("title", "text", "kind", "codes"), _IRISH)
def test_irish_names(title: str, text: str, kind: str, codes: list[str]) -> None:
    _check(title, text, "IE", "postal", kind, codes)


def test_irish_scotland_is_not_albania() -> None:
    """Irish "an Albáin" (Albania) is "an Albain" (Scotland) without its accents."""
    got = _check(
        "Bia i mbeartáin phoist",
        "Ó 1 Eanáir, tá cosc ar fheoil agus ar bhainne i mbeartáin phoist ón mBreatain Mhór "
        "(Sasana, an Albain agus an Bhreatain Bheag).",
        "IE",
        "customs",
        "prohibited_items",
        ["IE"],
    )
    assert got.categories == ["food"]


def test_electronic_data_is_no_electronics() -> None:
    case = _KINDS[-1].values
    got = classify(case[2], case[3], origin=case[0], source_kind=case[1])
    assert got.categories == ["all_goods"]
