"""Session 68, from blind sets 359 (Africa and the Middle East), 361 (Eastern Europe, the
Caucasus and Central Asia), 362 (marketplaces and consolidators) and probes."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check

EU27 = sorted(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        pytest.param(
            "ወደ ሱዳን የፖስታ አገልግሎት ዳግም ተጀመረ",
            "ወደ ሱዳን የሚላኩ ደብዳቤዎችና ጥቅሎች ከዛሬ ጀምሮ በሁሉም ፖስታ ቤቶች ይቀበላሉ።",
            id="amharic-again-started",
        ),
        pytest.param(
            "የፖስታ ልውውጥ",
            "ወደ ሱዳን የሚላኩ ጥቅሎች መቀበል ከሰኞ ጀምሮ ዳግም መጀመሩን እናሳውቃለን።",
            id="amharic-that-it-started-again",
        ),
    ],
)
def test_amharic_started_again_is_a_resumption(title: str, text: str) -> None:
    _check(title, text, "ET", "postal", "resumption", ["SD"])


@pytest.mark.parametrize(
    ("origin", "title", "text", "extra"),
    [
        pytest.param(
            "AO",
            "Encomendas para a União Europeia e Cabo Verde",
            "Os Correios de Angola retomam a aceitação de encomendas com destino a Portugal e aos "
            "restantes Estados-Membros da União Europeia, bem como a Cabo Verde.",
            ["CV"],
            id="pt-aos-restantes-estados-membros",
        ),
        pytest.param(
            "AR",
            "Envíos a la Unión Europea",
            "Correo Argentino retoma la admisión de paquetes con destino a España y a los demás "
            "estados miembros de la Unión Europea.",
            [],
            id="es-a-los-demas-estados-miembros",
        ),
    ],
)
def test_a_member_and_the_rest_of_a_union_is_the_whole_union(
    origin: str, title: str, text: str, extra: list[str]
) -> None:
    _check(title, text, origin, "postal", "resumption", sorted(set(EU27) | set(extra)))


def test_a_member_named_alone_beside_the_union_is_still_that_member() -> None:
    """The rest of the members only when the notice says so: not every member of the EU
    because Spain is named once and the EU is named elsewhere as a maker of rules."""
    _check(
        "Envíos a España",
        "Correo Argentino retoma la admisión de paquetes con destino a España. Los envíos "
        "deben cumplir las normas aduaneras de la Unión Europea.",
        "AR",
        "postal",
        "resumption",
        ["ES"],
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        pytest.param(
            "Mail to all destinations continues normally despite airport disruptions",
            "Flights from the capital were disrupted by fog this week. Letters and parcels to "
            "all international destinations continue to be accepted and dispatched as normal, "
            "with no change to transit times.",
            id="en-despite",
        ),
        pytest.param(
            "Internationaler Versand läuft trotz Streiks am Flughafen normal weiter",
            "Sendungen ins Ausland werden weiterhin angenommen und wie gewohnt befördert. "
            "Laufzeiten ändern sich nicht.",
            id="de-trotz",
        ),
    ],
)
def test_an_event_granted_in_an_all_clear_title_is_no_change(title: str, text: str) -> None:
    got = _check(title, text, "IE" if "Mail" in title else "AT", "postal", "informational")
    assert got.destinations == ["*"]


def test_an_all_clear_title_does_not_hide_a_delay_it_names_plainly() -> None:
    """Only what follows 'despite' is granted: a title that names a delay of its own tells it."""
    _check(
        "Mail continues to be accepted; deliveries to Chile delayed by floods",
        "Items to Chile will take up to ten days longer to arrive because roads are closed.",
        "ES",
        "postal",
        "delay",
        ["CL"],
    )


def test_mail_both_ways_as_usual_under_a_title_about_international_mail_is_everywhere() -> None:
    """The title's international mail goes out; inbound mail 'likewise' as usual does not make
    the notice about the post's own country."""
    _check(
        "Sonatel Poste: international mail continues normally",
        "Despite the disruption of shipping in the Red Sea, letters and parcels to all "
        "international destinations continue to be accepted and dispatched as normal. Inbound "
        "international mail is likewise being received and delivered within the usual times.",
        "SN",
        "postal",
        "informational",
        ["*"],
    )


def test_an_inbound_notice_that_says_mail_abroad_goes_on_is_about_the_own_country() -> None:
    """Not undone by the rule above: a title about inbound mail keeps it at home."""
    _check(
        "Inbound parcels: VAT from the first euro",
        "From 1 July VAT is charged on every inbound parcel from outside the EU. Mail to "
        "international destinations is not affected.",
        "NL",
        "postal",
        "duty_tax_change",
        ["NL"],
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "החל מיום 1 במרץ תועלה תקרת הפטור על טובין המיובאים בדואר ל-130 דולר.",
            id="imported-in-personal-import",
        ),
        pytest.param(
            "החל מיום 1 במרץ יחויבו במכס כל החבילות ביבוא אישי שערכן עולה על 75 דולר.",
            id="in-import",
        ),
    ],
)
def test_hebrew_imports_are_into_the_own_country(text: str) -> None:
    _check("פטור ממסים ביבוא אישי", text, "IL", "other", "duty_tax_change", ["IL"])


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        pytest.param(
            "Gürcüstana poçt göndərişlərinin qəbulu davam edir",
            "Sosial şəbəkələrdə yayılan, guya Gürcüstana bağlamaların qəbulunun dayandırılması "
            "barədə məlumatlara aydınlıq gətiririk. Gürcüstan istiqamətində bağlamaların qəbulu "
            "dayandırılmayıb və adi qaydada həyata keçirilir.",
            "informational",
            id="az-rumour-denied",
        ),
        pytest.param(
            "Gürcüstana bağlamalar",
            "Gürcüstan istiqamətində bağlamaların qəbulu 1 martdan müvəqqəti dayandırılır.",
            "suspension",
            id="az-stop-still-a-stop",
        ),
    ],
)
def test_azerbaijani_not_stopped_and_allegedly(title: str, text: str, kind: str) -> None:
    _check(title, text, "AZ", "postal", kind, ["GE"])


def test_romanian_holiday_schedule_is_no_stop() -> None:
    got = classify(
        "Programul oficiilor poștale în perioada sărbătorilor de Paște",
        "În legătură cu zilele de sărbătoare nelucrătoare, oficiile poștale vor activa după un "
        "program special. Pe 5 mai oficiile poștale nu vor activa, iar distribuirea coletelor "
        "la domiciliu nu se va efectua. Pe 6 mai activitatea oficiilor poștale va fi "
        "suspendată, cu excepția oficiului central. De la 7 mai toate oficiile vor activa "
        "conform programului obișnuit.",
        origin="MD",
        source_kind="postal",
    )
    assert not got.relevant, got.evidence[:3]


def test_romanian_stop_of_parcels_abroad_is_still_a_stop() -> None:
    _check(
        "Suspendarea expedierii coletelor în Israel",
        "Începând cu 9 octombrie, expedierea coletelor în Israel este suspendată până la noi "
        "dispoziții.",
        "MD",
        "postal",
        "suspension",
        ["IL"],
    )


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            "KZ",
            "Об изменении тарифов с 1 марта",
            "С 1 марта изменяются тарифы на услуги внутренней почтовой связи. Тариф на "
            "пересылку посылки весом до 2 кг внутри страны составит 1 900 тенге. Тарифы на "
            "международные почтовые отправления остаются без изменений.",
            id="ru-domestic-tariffs",
        ),
        pytest.param(
            "OM",
            "New domestic parcel prices",
            "From 1 May, prices of domestic parcels within Oman change: a parcel up to 1 kg "
            "costs OMR 1.5. The new prices do not apply to international mail, whose prices "
            "remain unchanged.",
            id="en-new-prices-not-international",
        ),
    ],
)
def test_domestic_price_list_with_international_unchanged_is_irrelevant(
    origin: str, title: str, text: str
) -> None:
    got = classify(title, text, origin=origin, source_kind="postal")
    assert not got.relevant, got.evidence[:3]


def test_international_prices_unchanged_beside_a_stop_abroad_is_still_news() -> None:
    """The price rule asks that no place abroad be where a change goes."""
    _check(
        "Parcels to Yemen suspended",
        "From 1 May domestic prices change; international prices remain unchanged. Parcels to "
        "Yemen are suspended until further notice.",
        "OM",
        "postal",
        "suspension",
        ["YE"],
    )


def test_russian_weight_after_a_tariff_is_a_price_band() -> None:
    """'Тариф на пересылку посылки весом до 1 кг': a band of the price, no limit."""
    got = classify(
        "Новые тарифы",
        "Тариф на пересылку посылки весом до 1 кг составит 5 рублей.",
        origin="BY",
        source_kind="postal",
    )
    assert got.change_kind != "restriction", got.evidence[:3]


def test_russian_weight_limit_is_still_a_limit() -> None:
    _check(
        "Ограничение веса посылок в Китай",
        "С 1 марта посылки в Китай принимаются весом до 2 кг.",
        "BY",
        "postal",
        "restriction",
        ["CN"],
    )


def test_a_post_restructured_before_its_creditors_is_no_news_for_senders() -> None:
    got = classify(
        "NamPost restructuring plan approved",
        "The restructuring plan of NamPost was adopted by creditors on 3 March. It provides "
        "for the closure of loss-making branches and a voluntary severance process. NamPost "
        "will continue to operate while the plan is implemented. The plan invests in the "
        "parcel and courier business.",
        origin="NA",
        source_kind="postal",
    )
    assert not got.relevant, got.evidence[:3]
