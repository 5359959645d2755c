"""Cases a second read-only reviewer wrote against the category and topic rules of session 7
(each was a regression when found)."""

from __future__ import annotations

from monitor.classify import classify


def test_a_heading_of_excluded_goods_is_no_exemption():
    got = classify(
        "Restrictions on mail to Brazil",
        "From 1 June Brazil restricts the following items in international mail.\n\n"
        "Excluded goods\n- Lithium batteries\n- Medicines",
    )
    assert {"lithium_batteries", "medicines"} <= set(got.categories)


def test_an_exempt_heading_list_ends_at_the_next_heading():
    got = classify(
        "Changes to mail to Australia",
        "From 1 March the following changes apply to items to Australia.\n\nNot affected\n"
        "- Letters and documents\nNo longer accepted\n- Lithium batteries\n- Perfumes and aerosols",
    )
    assert {"lithium_batteries", "perfumes_cosmetics"} <= set(got.categories)
    assert "documents" not in got.categories


def test_a_parcels_title_over_a_stop_of_all_mail_keeps_the_letters():
    got = classify(
        "Suspension of parcel services to Yemen",
        "Due to the security situation, we are unable to accept any mail for Yemen until "
        "further notice.",
    )
    assert got.categories == ["all_goods", "documents"]


def test_drinks_with_or_without_alcohol_are_alcohol():
    got = classify(
        "Interdiction d'envoi de boissons vers la Norvège",
        "À compter du 1er mars, l'envoi de boissons avec ou sans alcool à destination de la "
        "Norvège est interdit.",
    )
    assert "alcohol" in got.categories


def test_a_ban_on_local_currency_is_cash():
    got = classify(
        "Restrictions on mail to Egypt",
        "From 1 June, Egypt prohibits sending local currency in letters and parcels.",
    )
    assert "cash_valuables" in got.categories


def test_german_dealers_written_with_a_capital_are_sales():
    got = classify(
        "Neue Regeln für den Versand in die Schweiz",
        "Ab 1. Juli müssen Händler für alle Warensendungen in die Schweiz eine elektronische "
        "Zollanmeldung übermitteln. Privatkunden sind nicht betroffen.",
    )
    assert "commercial_goods" in got.categories


def test_hungarian_letter_post_is_letters():
    got = classify(
        "Csomagküldés Izraelbe szünetel",
        "A levélpostai küldemények és csomagok felvétele Izraelbe szünetel.",
    )
    assert "documents" in got.categories


def test_app_store_words_beside_a_real_requirement_do_not_quiet_it():
    got = classify(
        "Nouvelles règles douanières pour la Suisse",
        "À partir du 1er janvier, une déclaration en douane électronique est obligatoire pour "
        "tous les colis vers la Suisse. Téléchargez l'application La Poste sur l'App Store ou "
        "Google Play.",
    )
    assert (got.change_kind, got.destinations) == ("new_requirement", ["CH"])
