"""Causes found in session 41, each with sentences of our own, and the guards of the three
reviews that narrowed them.

- A title that says mail goes on ("no impact on", "weiterhin", "funcionam normalmente") over a
  body that tells the alarming event or the rumour: informational. Not over news of its own (a
  stop the title names, a place or goods it does not name, a start date, a resumption, an
  updated page), nor when the all-clear does not outweigh the stop by half again.
- For a stop, limit or ban, letters count where a change is stated (its sentence, the title
  that states it, the sentence after that says what it reaches, a bare item of its list), not
  as context ("For letters there are no disruptions", a title that says letters go on).
- Liquids and alcohol that the title's perfume or e-cigarettes hold are no goods of their own;
  those named as goods of their own stay."""

from __future__ import annotations

import pytest

from monitor.classify import classify, classify_change


@pytest.mark.parametrize(
    ("title", "body", "origin", "place"),
    [
        (
            "Air traffic control strike in France: no impact on mail to France",
            "French air traffic controllers strike on Thursday, and all flights to Paris and "
            "Lyon are suspended. Our mail to France travels by truck through the tunnel and is "
            "not affected; deliveries in France continue as normal.",
            "GB",
            "FR",
        ),
        (
            "Streik in belgischen Häfen: keine Auswirkungen auf Sendungen nach Belgien",
            "Die Gewerkschaften haben für Montag einen Streik angekündigt, der die Häfen "
            "Antwerpen und Zeebrugge stilllegt. Der Containerverkehr ist eingestellt. Briefe und "
            "Pakete nach Belgien werden auf dem Landweg befördert und weiterhin normal "
            "zugestellt.",
            "DE",
            "BE",
        ),
        (
            "Mensagem falsa nas redes sociais: remessas para a Argentina funcionam normalmente",
            "Uma mensagem que circula em aplicativos diz que a empresa suspendeu as remessas "
            "para a Argentina por causa da greve nos portos. Não é verdade: aceitamos "
            "normalmente encomendas e cartas para a Argentina em todas as agências.",
            "BR",
            "AR",
        ),
        (
            "Rumours about Mexico are false: parcels to Mexico are accepted as usual",
            "A message shared on social media says the post office has halted every parcel "
            "to Mexico over the new tariffs. This message is wrong. Parcels for Mexico are "
            "accepted as usual at every counter, with the same forms as before.",
            "US",
            "MX",
        ),
    ],
)
def test_a_title_that_says_mail_goes_on_is_informational(title, body, origin, place):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.relevant  # an all-clear in an alarming time is news, of low severity
    assert result.change_kind == "informational"
    assert result.severity == "low"
    assert result.destinations == [place]


def test_guard_a_title_that_names_a_stop_too_keeps_it():
    # the all-clear words outweigh the stop, but the title states the stop itself
    body = (
        "All other international services operate normally, and letters to Canada continue as "
        "usual. Nothing changes for other destinations."
    )
    result = classify(
        "Parcels to Canada suspended; all other services operate normally",
        body,
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["CA"]


def test_guard_a_stop_of_mail_to_a_place_the_title_does_not_name_is_news():
    body = (
        "We will no longer accept parcels to Brazil from 1 May. All other services operate "
        "normally."
    )
    result = classify("Service update: operating normally", body, origin="GB", source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["BR"]


def test_guard_an_all_clear_title_must_outweigh_the_stop_by_half_again():
    body = (
        "Because of the strike at the airport of Santiago, parcels to Chile are suspended "
        "from today."
    )
    result = classify(
        "Parcels to Chile: we are operating normally", body, origin="GB", source_kind="postal"
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["CL"]


def test_guard_a_future_stop_in_the_title_beside_letters_as_normal_stays_a_stop():
    body = (
        "Because of the strike at Canada Post, we will suspend the acceptance of parcels to "
        "Canada from Friday. Letters continue as normal."
    )
    result = classify(
        "Parcels to Canada will be suspended from Friday; letters continue as normal",
        body,
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"


@pytest.mark.parametrize(
    ("title", "body", "origin", "place"),
    [
        (
            "Parcels to Chile suspended",
            "Because of the strike at the airport of Santiago, we have suspended the acceptance "
            "of parcels to Chile until further notice. We publish updates for everyone who sends "
            "letters and parcels abroad on this page.",
            "GB",
            "CL",
        ),
        (
            "Parcels to Peru suspended",
            "We have suspended the acceptance of parcels to Peru from Monday. For letters there "
            "are no disruptions.",
            "GB",
            "PE",
        ),
        (
            "Nuevo límite de peso para paquetes a Cuba",
            "Desde el 1 de julio, los paquetes con destino a Cuba no podrán superar los 10 kg. "
            "Recuerde que el servicio de cartas certificadas sigue disponible como siempre para "
            "sus cartas.",
            "ES",
            "CU",
        ),
        (
            "Suspension des colis vers Haïti",
            "En raison de la situation à Port-au-Prince, La Poste suspend l'acceptation des "
            "colis à destination d'Haïti à partir du 10 mars. Pour toute question sur vos "
            "lettres et colis, contactez notre service client au 3631.",
            "FR",
            "HT",
        ),
    ],
)
def test_letters_named_beside_a_stop_of_goods_are_not_stopped(title, body, origin, place):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.destinations == [place]
    assert result.categories == ["all_goods"]  # the parcels; the letters go on


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Mail to Yemen suspended",
            "We have suspended the acceptance of letters, documents and parcels to Yemen until "
            "further notice.",
        ),
        (
            "Letters and parcels to Sudan: service suspended",
            "Because of the fighting in Khartoum, Sudapost can no longer receive international "
            "mail. We have therefore stopped accepting items to Sudan.",
        ),
        (
            "Service update: Yemen",
            "We have suspended all services to Yemen. This includes letters, documents and "
            "parcels.",
        ),
        (
            "Israel",
            "Die Annahme von Paketen nach Israel ist ausgesetzt. Dies betrifft auch Briefe.",
        ),
        (
            "Russia",
            "We have suspended acceptance to Russia. Affected products:\n- Letters\n- Parcels",
        ),
        (
            "Russia: what you can no longer send",
            "Due to sanctions, electronics may no longer be sent to Russia. The same applies to "
            "business documents.",
        ),
    ],
)
def test_guard_letters_named_in_the_stop_or_its_title_are_stopped(title, body):
    result = classify(title, body, origin="GB", source_kind="postal")
    assert result.change_kind == "suspension"
    assert "documents" in result.categories


@pytest.mark.parametrize(
    ("title", "body", "origin", "want"),
    [
        (
            "E-sigaretten naar Australië: verbod vanaf 1 juli",
            "Vanaf 1 juli kunt u geen e-sigaretten meer naar Australië versturen. Ook "
            "navullingen en vloeistoffen voor e-sigaretten zijn dan niet meer toegestaan.",
            "NL",
            ["tobacco_vapes"],
        ),
        (
            "Vapeadores a Chile: prohibición desde el 1 de agosto",
            "Desde el 1 de agosto no se aceptarán cigarrillos electrónicos con destino a Chile. "
            "La prohibición incluye los líquidos de recarga.",
            "ES",
            ["tobacco_vapes"],
        ),
        (
            "Perfume to Brazil: suspended from 2 June",
            "From 2 June we have suspended parcels holding perfume or cologne to Brazil: these "
            "products contain alcohol, which our airline no longer carries.",
            "GB",
            ["perfumes_cosmetics"],
        ),
        (
            "Parfüm nach Japan: ab 1. April nicht mehr im Luftpostpaket",
            "Ab 1. April nehmen wir Parfüm und Rasierwasser in Luftpostpaketen nach Japan nicht "
            "mehr an. Diese Duftstoffe gelten wegen ihres Alkoholgehalts als entzündbare "
            "Flüssigkeiten.",
            "DE",
            # (session 103: flammable liquids said of the perfume, no class named beside them,
            # are why it is stopped, no dangerous goods of their own: read 21 better, 4 worse)
            ["perfumes_cosmetics"],
        ),
    ],
)
def test_liquids_and_alcohol_of_the_goods_a_title_names_are_no_goods_of_their_own(
    title, body, origin, want
):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.relevant
    assert result.categories == want


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Liquids to the USA: new limit from 1 May",
            "From 1 May, parcels to the USA may hold at most 1 litre of liquids.",
            "liquids",
        ),
        (
            "New rules for parcels to Norway",
            "From 1 March we no longer accept alcohol in parcels to Norway.",
            "alcohol",
        ),
        (
            "Perfume to Saudi Arabia",
            "Perfumes, cosmetics and alcoholic drinks are prohibited in mail to Saudi Arabia.",
            "alcohol",
        ),
        (
            "Food and drink to Canada: new rules from 1 May",
            "From 1 May we no longer accept food or alcohol in parcels to Canada.",
            "alcohol",
        ),
    ],
)
def test_guard_liquids_and_alcohol_the_title_names_or_the_only_goods_stay(title, body, want):
    result = classify(title, body, origin="GB", source_kind="postal")
    assert want in result.categories


@pytest.mark.parametrize(
    ("title", "body", "kind", "places"),
    [
        (  # the title names letters, the body stops parcels
            "Letters to Lebanon are delivered as normal",
            "Letters to Lebanon are delivered as normal. Parcels to Lebanon are suspended "
            "until further notice because of the closure of Beirut airport.",
            "suspension",
            ["LB"],
        ),
        (  # the title names one place, the body stops mail to another
            "Mail to Austria continues as normal",
            "Mail to Austria continues as normal. Mail to Slovenia is suspended until Friday "
            "because of the floods.",
            "suspension",
            ["SI"],
        ),
        (  # places are told apart by their codes, not by a first word they share
            "Mail to the United Kingdom continues as normal",
            "Mail to the United Kingdom continues as normal. Mail to the United States is "
            "suspended until further notice.",
            "suspension",
            ["US"],
        ),
        (  # a change from a given day is news, whatever the title says
            "Parcels to Norway continue to be accepted",
            "Parcels to Norway continue to be accepted as usual. From 1 January every parcel "
            "to Norway must carry an electronic customs declaration.",
            "new_requirement",
            ["NO"],
        ),
        (  # a resumption is news
            "Parcels to Nepal: normal service",
            "We have resumed the acceptance of parcels to Nepal. All services to Nepal operate "
            "normally.",
            "resumption",
            ["NP"],
        ),
    ],
)
def test_guard_an_all_clear_title_does_not_silence_news_of_its_own(title, body, kind, places):
    result = classify(title, body, origin="GB", source_kind="postal")
    assert result.change_kind == kind
    assert result.destinations == places


def test_letters_a_title_says_go_on_are_not_stopped():
    body = (
        "Letters to Lebanon are delivered as normal. Parcels to Lebanon are suspended until "
        "further notice because of the closure of Beirut airport."
    )
    result = classify(
        "Letters to Lebanon are delivered as normal", body, origin="GB", source_kind="postal"
    )
    assert result.change_kind == "suspension"
    assert result.categories == ["all_goods"]


@pytest.mark.parametrize(
    ("body", "letters"),
    [
        (  # the sentence that says what the stop reaches, after a blank line
            "We have suspended all services to Yemen.\n\nThis includes letters, documents and "
            "parcels.",
            True,
        ),
        (  # ... and one that says what it does not reach
            "We have suspended the acceptance of parcels to Yemen. This does not affect letters.",
            False,
        ),
    ],
)
def test_the_sentence_after_a_stop_says_whether_it_reaches_letters(body, letters):
    result = classify("Service update: Yemen", body, origin="GB", source_kind="postal")
    assert result.change_kind == "suspension"
    assert ("documents" in result.categories) is letters


def test_guard_an_updated_page_keeps_its_old_all_clear_title_out_of_the_news():
    old = "Mail to Chile continues as normal."
    new = (
        "Mail to Chile continues as normal.\nUpdate: mail to Chile is suspended from today "
        "because of the strike. Mail to other countries continues as normal."
    )
    result = classify_change(
        "Mail to Chile: service continues as normal", old, new, origin="GB", source_kind="postal"
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["CL"]
