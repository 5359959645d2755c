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
            "Mail to Yemen delayed",
            "Mail to Yemen is delayed by up to 10 days because of flight cancellations. The "
            "resumption of normal transit times will be announced on this page.",
            "delay",
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
        # the review's probes (each read wrongly by 351ea51, the tree it read): a post, a
        # carrier or a customs authority that speaks of containers speaks to its customers
        pytest.param(
            "US",
            "carrier",
            "Port of Montreal strike",
            "Due to the strike at the Port of Montreal, containers bound for Canada are held at "
            "anchor and shipping lines have diverted vessels to Halifax. Shipments to Canada "
            "should expect delays of 7 to 10 business days.",
            "delay",
            ["CA"],
            id="en-a-carrier-on-a-port-strike",
        ),
        pytest.param(
            "NL",
            "postal",
            "Tijdelijk geen pakketten per schip naar Curaçao",
            "Door het uitvallen van de rederij nemen wij tijdelijk geen pakketten per schip meer "
            "aan voor Curaçao. Containers met pakketten die al onderweg zijn, worden nog "
            "geleverd; nieuwe containers vertrekken niet.",
            "suspension",
            ["CW"],
            id="nl-a-post-stops-parcels-by-ship",
        ),
        pytest.param(
            "AE",
            "customs",
            "Import of disposable vapes prohibited",
            "From 1 June, the import of disposable vapes into the UAE is prohibited. Importers "
            "holding containers in free zones must re-export them, and freight forwarders must "
            "refuse new bookings.",
            "prohibited_items",
            ["AE"],
            id="en-customs-bans-vapes-held-in-containers",
        ),
        pytest.param(
            "US",
            "customs",
            "CBP guidance after CIT decision",
            "Following the Court of International Trade's decision (oral arguments were heard in "
            "July), the additional duties no longer apply to goods entered on or after 1 "
            "September, including low-value postal shipments.",
            "duty_tax_change",
            ["US"],
            id="en-a-duty-change-that-names-the-hearing",
        ),
        pytest.param(
            "PK",
            "postal",
            "سعودی عرب کے لیے ڈاک سروس",
            "یہ بے بنیاد ہے کہ سعودی عرب کے لیے پارسل کی بکنگ بند کر دی گئی ہے۔ سعودی عرب کے "
            "لیے پارسل کی بکنگ معمول کے مطابق جاری ہے۔",
            "informational",
            ["SA"],
            id="ur-it-is-baseless-that-booking-was-closed",
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
            "ZA",
            "other",
            "Exporters count the cost as 30% US tariff takes effect",
            "South African exporters of citrus and wine are reassessing their US shipments after "
            "a 30% tariff came into force. Growers ship pallets to the US East Coast in reefer "
            "containers; shipping lines are considering suspending a direct call at Durban.",
            id="en-a-tariff-on-exports-by-the-container",
        ),
        pytest.param(
            "US",
            "other",
            "Supreme Court hears arguments on legality of tariffs",
            "The Supreme Court heard oral arguments Wednesday in the cases challenging the "
            "tariffs on imports. A ruling against the administration could open the door to "
            "refunds of duties already paid, including on low-value postal shipments. The "
            "tariffs remain in effect while the court deliberates.",
            id="en-a-court-hearing-on-tariffs",
        ),
        pytest.param(
            "IN",
            "postal",
            "दीपावली अवकाश के दौरान विदेश डाकघर के काउंटरों के समय में परिवर्तन",
            "दीपावली के अवसर पर विदेश डाकघर के सीमा शुल्क निर्धारण एवं वितरण काउंटर निम्नानुसार "
            "खुले रहेंगे:\nदिनांक | काउंटर समय\n20.10.2025 | बंद\n21.10.2025 | 10:00 – 13:00\n"
            "विदेश से आए पार्सलों की डिलीवरी एवं सीमा शुल्क भुगतान इन्हीं समयों में किया जा सकेगा।",
            id="hi-counter-hours-over-diwali",
        ),
    ],
)
def test_what_is_not_a_change_of_sending_is_irrelevant(origin, source_kind, title, text):
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert not got.relevant, got.evidence[:4]
    assert got.severity == "none"


@pytest.mark.parametrize(
    ("origin", "title", "text", "expected"),
    [
        pytest.param(
            "FR",
            "Nouvelles conditions vers les États-Unis",
            "À compter du 1er mars, les lettres internationales contenant de la marchandise ne "
            "sont plus acceptées à destination des États-Unis. Les colis restent acceptés "
            "jusqu'à 2 kg.",
            ["all_goods"],
            id="fr-letters-holding-goods-are-goods",
        ),
        pytest.param(
            "FI",
            "Pakettien vastaanotto ulkomaille keskeytetty",
            "Lakon vuoksi ulkomaille lähtevien pakettien vastaanotto on keskeytetty. Ulkomaille "
            "lähtevät kirjeet otetaan vastaan, mutta niiden kuljetus voi viivästyä.",
            ["all_goods"],
            id="fi-letters-are-accepted-but-may-be-late",
        ),
    ],
)
def test_letters_the_change_leaves_out(origin, title, text, expected):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.relevant, got.evidence[:4]
    assert got.categories == expected, [e for e in got.evidence if e["field"] == "categories"]
