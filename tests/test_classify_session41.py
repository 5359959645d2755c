"""Causes found in session 41, each with sentences of our own: a title that says mail goes on
("does not affect", "continue as usual", "seguem normalmente") over a body that tells the
alarming event or the rumour (a strike stops ferries, posts claim a service stopped). The
event's stop is no news for a sender: the notice is informational. Then guards: a title that
names a change too, a stop of mail to a place the title does not name, a stop that the
all-clear does not outweigh by half again."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("title", "body", "origin", "place"),
    [
        (
            "Air traffic control strike in France: no impact on mail to France",
            "French air traffic controllers will strike on Thursday and many flights to Paris "
            "and Lyon will be cancelled. Our mail to France travels by truck through the "
            "tunnel and is not affected; deliveries in France continue as normal.",
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
        "Mail to Chile: we are operating normally", body, origin="GB", source_kind="postal"
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
    ],
)
def test_guard_letters_named_in_the_stop_or_its_title_are_stopped(title, body):
    result = classify(title, body, origin="GB", source_kind="postal")
    assert result.change_kind == "suspension"
    assert "documents" in result.categories
