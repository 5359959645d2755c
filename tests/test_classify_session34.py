"""Causes found in session 34, each with sentences of our own: the European Union and
multi-word country names in the languages of Central and Eastern Europe and the Baltics,
"outside the EU" there, their words that join a list or say a place is unaffected, list heads
in Russian, company names that hold a change word, bulky goods, a stop told as a past state
before its resumption, Polish "as planned", Macedonian delays, links to other updates, lifted
limits in Norwegian, refused forms in Hungarian, Chinese "no need to"; then guards where the
new words must not act (found by two reviews)."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = sorted(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)

# --- places ---


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Suspendarea trimiterilor",
            "Din 3 martie, acceptarea coletelor către Uniunea Europeană este suspendată.",
            "MD",
        ),
        (
            "Felfüggesztés",
            "Március 3-tól felfüggesztjük a csomagok felvételét az Európai Unióba.",
            "RS",
        ),
        (
            "Obustava prijema",
            "Od 3. ožujka obustavljen je prijem paketa za zemlje Europske unije.",
            "BA",
        ),
        (
            "Siuntų sustabdymas",
            "Nuo kovo 3 d. sustabdomas siuntų priėmimas į Europos Sąjungą.",
            "BY",
        ),
        (
            "Спиране на приемането",
            "От 3 март се спира приемането на колети за Европейския съюз.",
            "MK",
        ),
    ],
)
def test_the_eu_in_eastern_european_languages_is_its_members(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == EU27


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (
            "Zamude pri pošiljkah",
            "Zaradi čakanja na meji se rok prenosa pošiljk v Črno goro in Severno Makedonijo "
            "podaljša za 3 delovne dni.",
            "SI",
            ["ME", "MK"],
        ),
        (
            "Obustava",
            "Od ponedjeljka je obustavljen prijem paketa u Bosnu i Hercegovinu.",
            "HR",
            ["BA"],
        ),
        (
            "Prerušenie",
            "Od 1. marca prerušujeme prijímanie balíkov do Veľkej Británie.",
            "SK",
            ["GB"],
        ),
    ],
)
def test_multi_word_names_decline(title, body, origin, expected):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.destinations == expected


def test_from_countries_outside_the_eu_in_bulgarian_is_no_destination():
    result = classify(
        "Нова такса за пратки от държави извън ЕС",
        "От 1 април таксата за митническо представяне на входящи пратки от държави извън ЕС "
        "става 8 лв., заедно с дължимите мито и ДДС.",
        origin="BG",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["BG"]


def test_one_member_and_the_other_member_states_in_romanian_is_the_whole_eu():
    result = classify(
        "Întârzieri",
        "Trimiterile destinate Ungariei și celorlalte state membre ale Uniunii Europene vor fi "
        "livrate cu o întârziere de 3–5 zile.",
        origin="MD",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert result.destinations == EU27


def test_a_russian_list_head_of_states_makes_the_list_destinations():
    result = classify(
        "О прекращении приёма отправлений в Польшу",
        "С 12 сентября прекращён приём отправлений в Польшу. До особого уведомления не "
        "принимаются почтовые отправления в адрес следующих государств, обмен с которыми идёт "
        "через Польшу:\n– Федеративная Республика Германия;\n– Франция;\n– Италия.",
        origin="BY",
        source_kind="postal",
    )
    assert result.destinations == ["DE", "FR", "IT", "PL"]


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (
            "Доставка в Узбекистан приостановлена",
            "С 1 июня мы приостанавливаем отправку посылок в Узбекистан. Доставка в Казахстан "
            "и Армению работает в прежнем режиме.",
            "RU",
            ["UZ"],
        ),
        (
            "Limits for Russia",
            "From 1 May items to Russia are accepted only up to EUR 500. Items to Armenia and "
            "Georgia are accepted under the usual conditions.",
            "KZ",
            ["RU"],
        ),
        (
            "Contrassegno",
            "Dal 1° maggio il contrassegno non è più disponibile per le spedizioni verso la "
            "Grecia. Per San Marino il servizio resta disponibile, senza variazioni.",
            "IT",
            ["GR"],
        ),
        (
            "寄往尼泊爾的郵件",
            "由於地震，寄往尼泊爾的郵件將出現嚴重延誤。寄往印度的郵件暫未受影響。",
            "HK",
            ["NP"],
        ),
    ],
)
def test_places_named_as_unaffected_are_no_destinations(title, body, origin, expected):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.destinations == expected


# --- kinds ---


def test_toll_holdings_is_a_company_not_a_duty():
    result = classify(
        "Service update: Australia",
        "Parcels to Australia are carried by our partner Toll Holdings Limited and continue to "
        "be delivered as normal.",
        origin="JP",
        source_kind="postal",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["AU"]


def test_bulky_goods_no_longer_accepted_is_a_restriction():
    result = classify(
        "Sperrgut nach Chile",
        "Sperrgut wird ab 1. März nach Chile nicht mehr angenommen. Normale Pakete versenden Sie "
        "weiter.",
        origin="DE",
        source_kind="postal",
    )
    assert result.change_kind == "restriction"
    assert result.destinations == ["CL"]


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Pakketten naar Israël",
            "Pakketten naar Israël waren geschorst. Vanaf 3 maart volgt de hervatting van de "
            "verzending.",
            "NL",
        ),
        (
            "Envíos a Israel",
            "Los envíos a Israel estaban suspendidos. Desde el 3 de marzo se reanudan.",
            "ES",
        ),
    ],
)
def test_a_stop_told_as_a_past_state_before_a_resumption_is_over(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "resumption"
    assert result.destinations == ["IL"]


# --- guards ---


def test_a_stop_told_in_the_english_past_is_still_news():
    # guard: "was suspended on Monday" is the news, whatever follows
    result = classify(
        "Mail to Israel",
        "Acceptance of mail to Israel was suspended on Monday. We will resume as soon as "
        "flights allow.",
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"


def test_a_past_state_stop_with_no_resumption_stays_a_stop():
    # guard: without a resumption the past state is the only news there is
    result = classify(
        "Pakketten naar Israël",
        "Pakketten naar Israël waren al geschorst en blijven geschorst tot nader bericht.",
        origin="NL",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["IL"]


def test_toll_as_norwegian_customs_duty_still_counts():
    # guard: the company names, not the word
    result = classify(
        "Endringer i toll",
        "Fra 1. januar må du betale toll og merverdiavgift for alle varer fra utlandet, også "
        "for varer under 350 kroner.",
        origin="NO",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["NO"]


# --- more kinds and places (after the first review) ---


def test_polish_service_as_planned_is_informational():
    result = classify(
        "Powódź – informacja dla klientów",
        "Przesyłki do Czech: przewoźnicy potwierdzają, że doręczenia w Czechach odbywają się "
        "zgodnie z planem. Nie wprowadzono zawieszeń ani ograniczeń przyjmowania przesyłek.",
        origin="PL",
        source_kind="other",
    )
    assert result.relevant is True
    assert result.change_kind == "informational"
    assert result.destinations == ["CZ"]


def test_a_macedonian_delay_is_a_delay():
    result = classify(
        "Известување",
        "Поради штрајкот доаѓа до доцнење во доставата на пратките за Србија.",
        origin="MK",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["RS"]


def test_links_to_other_service_updates_are_no_destinations():
    result = classify(
        "Canada - inbound mail accepted again",
        "Inbound international mail is again being received at the exchange offices in "
        "Canada.\n\nOther service updates: Greece | Jamaica | Ukraine",
        origin=None,
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["CA"]


def test_a_lifted_weight_limit_in_norwegian_is_a_resumption():
    result = classify(
        "Vektgrensen for pakker til Storbritannia oppheves",
        "Fra 12. april kan du igjen sende pakker på inntil 20 kg til Storbritannia. «Pakke i "
        "postkassen» har som før en maksvekt på 2 kg.",
        origin="NO",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["GB"]


def test_hungarian_handwritten_forms_refused_is_a_requirement():
    result = classify(
        "Változik a vámadatok megadása",
        "Március 1-től kézzel kitöltött CN23 nyomtatványt a Svájcba küldött csomagokhoz a "
        "posta nem fogad el. Az adatokat elektronikusan kell megadni.",
        origin="HU",
        source_kind="postal",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["CH"]


def test_questions_from_customers_about_delays_are_no_delay():
    result = classify(
        "Border controls – postal traffic unaffected",
        "We have received a number of questions from business customers about possible delays. "
        "Delivery times to Croatia remain unchanged.",
        origin="SI",
        source_kind="postal",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["HR"]


def test_no_need_to_suspend_in_chinese_is_no_stop():
    result = classify(
        "斋月期间派送时效延长",
        "斋月期间，寄往沙特阿拉伯的包裹派送时效预计将延长3-7个工作日。国内仓库收货正常进行，无需暂停发货。",
        origin="CN",
        source_kind="other",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["SA"]


# --- guards from the reviews ---


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        # "NE" is north-east, not "non-"
        ("Delays", "Deliveries to NE England are delayed by two days.", "IE", ["GB"]),
        # Polish "ale" is "but": Jordan stays unchanged
        (
            "Wstrzymanie",
            "Wstrzymujemy przyjmowanie paczek do Izraela, ale Jordania bez zmian.",
            "PL",
            ["IL"],
        ),
        # the warehouse a parcel goes to is its destination
        (
            "Delays",
            "Deliveries to our warehouse in Poland are delayed by three days.",
            "DE",
            ["PL"],
        ),
    ],
)
def test_review_guards_on_places(title, body, origin, expected):
    result = classify(title, body, origin=origin, source_kind="other")
    assert result.destinations == expected


def test_a_negated_scandinavian_lifting_is_no_resumption():
    # guard: the negation follows the verb
    result = classify(
        "Nyhed",
        "Stop for pakker til Rusland ophæves ikke.",
        origin="DK",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"


def test_no_need_in_chinese_does_not_reach_a_later_sentence():
    # guard: "无需排队" (no need to queue) negates nothing after its full stop
    result = classify(
        "通知",
        "无需排队！寄往美国的包裹暂停收寄。",
        origin="CN",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["US"]


def test_the_eu_as_lawmaker_for_a_member_is_no_destination():
    # guard: "according to the rules of the EU", said by a Croatian publisher
    result = classify(
        "PDV na pošiljke",
        "Prema pravilima Europske unije od 1. srpnja sve pošiljke iz Kine podliježu PDV-u.",
        origin="HR",
        source_kind="customs",
    )
    assert result.destinations == ["HR"]


def test_we_resume_in_a_russian_title_is_no_renewable_energy():
    # "Возобновляем" (we resume) shares its stem with "возобновляемая энергия" (renewable)
    result = classify(
        "Возобновляем доставку в Армению",
        "С 12 апреля мы снова принимаем отправления в Армению.\n\nУсловия:\n— вес до 31 кг;\n"
        "— срок доставки 7–12 дней.",
        origin="RU",
        source_kind="other",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["AM"]


def test_a_service_is_back_for_a_place_is_a_resumption():
    result = classify(
        "Surface Mail is back for the UK!",
        "Japan Post has resumed accepting surface mail to the United Kingdom.\n- Maximum "
        "weight: 30 kg per parcel.\n- Delivery takes 2 to 3 months.",
        origin="JP",
        source_kind="other",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["GB"]


def test_renewable_energy_news_stays_irrelevant():
    # guard: the adjective forms are still a topic of the operator's own news
    result = classify(
        "Возобновляемая энергия",
        "Почта России перевела 40 сортировочных центров на возобновляемые источники энергии и "
        "сократила выбросы углерода.",
        origin="RU",
        source_kind="postal",
    )
    assert result.relevant is False
