"""Session 78, from blind sets 457-462 and the last review's misses."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "MM",
            "postal",
            "အမေရိကန်ပြည်ထောင်စုသို့ ပါဆယ် နောက်ကျမှု",
            "အမေရိကန်ပြည်ထောင်စုသို့ ပို့သော ပါဆယ်များ ၅ ရက်ခန့် နောက်ကျမှု ရှိနိုင်ပါသည်။",
            "delay",
            ["US"],
            id="my-the-united-states-by-its-burmese-name",
        ),
        pytest.param(
            "RU",
            "postal",
            "Временное ограничение приёма отправлений в Иран",
            "С 16 июня Почта России временно приостанавливает приём всех международных "
            "почтовых отправлений в адрес Ирана. Отправления, принятые ранее, будут храниться "
            "до возобновления перевозки. О возобновлении приёма мы сообщим дополнительно.",
            "suspension",
            ["IR"],
            id="ru-the-resumption-we-will-announce-is-none-yet",
        ),
        pytest.param(
            "GB",
            "postal",
            "Parcels to Yemen suspended",
            "From 3 May we are suspending acceptance of parcels to Yemen. The resumption of "
            "the service will be announced on this page.",
            "suspension",
            ["YE"],
            id="en-a-resumption-that-will-be-announced",
        ),
        pytest.param(
            "PK",
            "postal",
            "سعودی عرب کے لیے ڈاک سروس معمول کے مطابق جاری ہے",
            "ان خبروں میں کوئی صداقت نہیں کہ سعودی عرب کے لیے پارسل کی بکنگ بند کر دی گئی "
            "ہے۔ سعودی عرب کے لیے خطوط اور پارسل کی بکنگ معمول کے مطابق جاری ہے۔",
            "informational",
            ["SA"],
            id="ur-no-truth-in-reports-that-booking-was-closed",
        ),
        pytest.param(
            "AU",
            "carrier",
            "Customer advisory: port strike in Melbourne",
            "Industrial action at container terminals in Melbourne continues. What this means "
            "for your shipments: import containers into Australia face delays of up to two "
            "weeks; vessels are waiting at anchor and shipping lines are omitting the port.",
            "delay",
            ["AU"],
            id="en-a-forwarders-advisory-to-its-shippers-is-a-delay",
        ),
    ],
)
def test_places_and_kinds_of_the_new_sets(origin, source_kind, title, text, kind, codes):
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            "MM",
            "အမေရိကန်ပြည်ထောင်စုသို့ ပို့ဆောင်မှု",
            "အမေရိကန်ပြည်ထောင်စုသို့ ပို့သော ပါဆယ်များ နောက်ကျမှု မရှိပါ။ ပုံမှန်အတိုင်း ပို့ဆောင်နေပါသည်။",
            id="my-there-is-no-delay",
        ),
        pytest.param(
            "NL",
            "Post naar Spanje weer op tijd",
            "Er is geen vertraging meer bij zendingen naar Spanje. Pakketten worden weer binnen "
            "de normale termijn bezorgd.",
            id="nl-no-delay-any-more",
        ),
    ],
)
def test_trouble_said_to_be_absent_alerts_no_stop_or_delay(origin, title, text):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.change_kind not in ("suspension", "delay"), got.evidence[:4]
    assert got.severity in ("none", "low")


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text"),
    [
        pytest.param(
            "KG",
            "postal",
            "Объявление о проведении конкурса: поставка оборудования",
            "Кыргыз почтасы объявляет открытый конкурс на поставку сортировочного оборудования "
            "для обработки международных почтовых отправлений. Конкурсная документация "
            "размещена на портале. Приём заявок прекращается 25 апреля. Вскрытие конвертов в "
            "10:30.",
            id="ru-a-call-for-tenders",
        ),
        pytest.param(
            "PK",
            "other",
            "Budget: regulatory duty raised on imported steel coils",
            "Regulatory duty on hot-rolled coils imported by steel re-rollers will go up from 10 "
            "to 15 percent. Importers at Karachi Port said some 1,200 containers of coils were "
            "awaiting clearance and warned that the higher duties would raise costs.",
            id="en-a-duty-on-steel-by-the-container",
        ),
        pytest.param(
            "ZA",
            "other",
            "Exporters count the cost as 30% US tariff takes effect",
            "South African exporters of citrus and wine are reassessing their US shipments after "
            "a 30% tariff came into force. Growers ship pallets to the US East Coast in reefer "
            "containers; shipping lines are considering suspending a direct call at Durban.",
            id="en-a-tariff-on-exports-by-the-container",
        ),
    ],
)
def test_what_is_not_a_change_of_sending_is_irrelevant(origin, source_kind, title, text):
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert not got.relevant, got.evidence[:4]
    assert got.severity == "none"
