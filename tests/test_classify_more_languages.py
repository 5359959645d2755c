"""Swedish, Danish and Norwegian notices, Turkish case endings after an apostrophe, Arabic and
Turkish import bans published by a country's own post, and rules found on notices the
classifier was not tuned on: a stop that enforces a limit is a restriction, Dutch "neemt geen
... aan", Spanish "se restablece". Every sentence is written for the project."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("title", "text", "origin", "expected"),
    [
        (
            "Förseningar till Norge",
            "På grund av stormen kan brev och paket till Norge bli försenade med två dagar. "
            "Försändelser till Finland påverkas inte.",
            "SE",
            (["NO"], "delay"),
        ),
        (
            "Midlertidigt stoppet: pakker til Ukraine",
            "PostNord har indstillet modtagelsen af pakker til Ukraine indtil videre.",
            "DK",
            (["UA"], "suspension"),
        ),
        (
            "Sendinger til Russland gjenopptas",
            "Fra 1. mars gjenopptas sendinger til Russland. "
            "Pakker til Belarus er fortsatt stanset.",
            "NO",
            (["RU"], "resumption"),
        ),
    ],
)
def test_scandinavian_notices(title, text, origin, expected):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.relevant
    assert (got.destinations, got.change_kind) == expected


def test_turkish_case_endings_tell_destination_from_origin():
    got = classify(
        "Duyuru",
        "Ukrayna'ya gönderilen paketlerin kabulü durduruldu. Çin'den gelen gönderiler bu "
        "düzenlemeden etkilenmemektedir.",
        origin="TR",
        source_kind="postal",
    )
    assert got.destinations == ["UA"]
    assert got.change_kind == "suspension"


@pytest.mark.parametrize(
    ("origin", "title", "text", "category"),
    [
        (
            "TR",
            "Posta yoluyla tohum gönderimi hakkında duyuru",
            "Yurt dışından posta yoluyla Türkiye'ye gönderilen bitki tohumlarının ithalatı 1 "
            "Nisan tarihinden itibaren yasaklanmıştır.",
            "animals_plants",
        ),
        (
            "AE",
            "حظر استيراد السجائر الإلكترونية عبر البريد",
            "يُحظر استيراد السجائر الإلكترونية عن طريق الطرود البريدية الواردة إلى الإمارات "
            "اعتباراً من 1 مارس.",
            "tobacco_vapes",
        ),
    ],
)
def test_an_own_post_relaying_an_import_ban_names_its_own_country(origin, title, text, category):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.destinations == [origin]
    assert got.change_kind == "prohibited_items"
    assert got.categories == [category]


def test_a_stop_that_enforces_a_limit_is_a_restriction():
    got = classify(
        "Service update: Chile",
        "From 1 June we accept parcels to Chile only up to 20 kg. Parcels exceeding this "
        "weight will not be accepted.",
    )
    assert (got.destinations, got.change_kind) == (["CL"], "restriction")


def test_dutch_does_not_accept_with_the_object_between():
    got = classify(
        "Post naar Jemen",
        "PostNL neemt tot nader order geen brieven en pakketten naar Jemen aan.",
        origin="NL",
    )
    assert (got.destinations, got.change_kind) == (["YE"], "suspension")


def test_spanish_service_restored():
    got = classify(
        "Restablecimiento del servicio con destino a Haití",
        "Correos informa de que se restablece la admisión de paquetes con destino a Haití.",
        origin="ES",
    )
    assert (got.destinations, got.change_kind) == (["HT"], "resumption")


@pytest.mark.parametrize(
    ("title", "text", "origin", "expected"),
    [
        (
            "Posti keskeyttää lähetysten vastaanoton",
            "Posti keskeyttää toistaiseksi kirje- ja pakettilähetysten vastaanoton Venäjälle. "
            "Lähetykset Viroon kulkevat normaalisti.",
            "FI",
            (["RU"], "suspension"),
        ),
        (
            "Újraindul a küldemények felvétele",
            "A Magyar Posta ismét felveszi a csomagküldeményeket az alábbi országokba:\n"
            "• Japán\n• Kanada",
            "HU",
            (["CA", "JP"], "resumption"),
        ),
    ],
)
def test_finnish_and_hungarian_case_endings_on_names(title, text, origin, expected):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.relevant
    assert (got.destinations, got.change_kind) == expected


def test_a_german_stop_with_the_object_between_nimmt_and_nicht_mehr_an():
    got = classify(
        "Versand von Powerbanks",
        "GLS nimmt ab 1. März Sendungen mit losen Lithium-Akkus für alle internationalen "
        "Zielländer nicht mehr an.",
        origin="DE",
        source_kind="carrier",
    )
    assert got.relevant
    assert got.destinations == ["*"]
    assert "lithium_batteries" in got.categories


def test_a_branch_that_reopens_is_no_resumption():
    got = classify(
        "La sucursal Centro reanuda la atención al público",
        "A partir del lunes, la sucursal Centro vuelve a atender al público tras las obras. "
        "Ofrecerá todos sus servicios habituales: envíos nacionales e internacionales.",
        origin="AR",
        source_kind="postal",
    )
    assert not got.relevant


def test_indonesian_import_floor_is_a_restriction_for_indonesia():
    got = classify(
        "Ketentuan impor barang kiriman",
        "Barang kiriman dengan nilai di bawah USD 100 per unit tidak dapat diproses impornya "
        "dan akan dikembalikan. Ketentuan ini tidak berlaku untuk kiriman hadiah dan dokumen "
        "yang dikirim ke Indonesia.",
        origin="ID",
        source_kind="postal",
    )
    assert got.destinations == ["ID"]
    assert got.change_kind == "restriction"


def test_norwegian_customs_vat_on_goods_from_abroad():
    got = classify(
        "350-kronersgrensen fjernes",
        "Avgiftsfritaket for varer med lav verdi oppheves fra 1. april. Alle varer du kjøper "
        "fra utenlandske nettbutikker blir merverdiavgiftspliktige.",
        origin="NO",
        source_kind="customs",
    )
    assert got.destinations == ["NO"]
    assert got.change_kind == "duty_tax_change"
