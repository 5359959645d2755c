"""Session 77, from blind sets 451-456 and the read sets' misses: letters and documents that a
stop or a delay leaves alone, said in more languages."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "expected"),
    [
        pytest.param(
            "PT",
            "post",
            "Suspensão de encomendas para o Sudão",
            "A partir de 3 de março fica suspensa a aceitação de encomendas postais com destino "
            "ao Sudão. A presente suspensão não abrange o correio de cartas, cuja aceitação se "
            "mantém.",
            ["all_goods"],
            id="pt-the-stop-does-not-cover-letters",
        ),
        pytest.param(
            "DZ",
            "post",
            "Suspension de l'acceptation des colis vers l'étranger",
            "L'acceptation des colis postaux à destination de toutes les destinations "
            "internationales est suspendue à compter du 2 avril. Les envois de correspondance "
            "(lettres ordinaires et recommandées) continueront d'être acceptés aux guichets et "
            "seront acheminés dès la reprise des vols.",
            ["all_goods"],
            id="fr-letters-will-continue-to-be-accepted",
        ),
        pytest.param(
            "EG",
            "post",
            "وقف قبول الطرود المتجهة إلى ليبيا",
            "تعلن الهيئة عن وقف قبول الطرود البريدية المتجهة إلى ليبيا اعتبارا من 5 مايو. ولا "
            "يشمل هذا الوقف الرسائل والوثائق، إذ سيستمر قبولها في جميع المكاتب.",
            ["all_goods"],
            id="ar-and-the-stop-does-not-include-letters",
        ),
        pytest.param(
            "HR",
            "post",
            "Obustava prijma pošiljaka s robom za Kubu",
            "Od 10. lipnja Hrvatska pošta neće zaprimati pošiljke s robom za Kubu. I dalje će "
            "se zaprimati pisma i dokumenti, uz ispravno ispunjenu carinsku deklaraciju.",
            ["all_goods"],
            id="hr-letters-will-still-be-taken-in",
        ),
        pytest.param(
            "PH",
            "post",
            "Suspensyon ng mga parcel papuntang Myanmar",
            "Simula Hunyo 1, pansamantalang ihihinto ang pagtanggap ng mga parcel papuntang "
            "Myanmar. Hindi sakop ng suspensyon ang mga sulat at dokumento.",
            ["all_goods"],
            id="tl-letters-are-not-covered-by-the-suspension",
        ),
        pytest.param(
            "CL",
            "post",
            "Envíos a Bolivia: nuevo peso máximo",
            "Desde el 1 de julio el peso máximo de las encomiendas con destino a Bolivia se "
            "reduce a 10 kg. Las cartas y pequeños paquetes (hasta 2 kg) no sufren cambios.",
            ["all_goods"],
            id="es-letters-suffer-no-change",
        ),
        pytest.param(
            "RO",
            "post",
            "Întârzieri la coletele către Grecia",
            "Din cauza grevei, coletele către Grecia pot avea întârzieri de până la cinci zile. "
            "Trimiterile de corespondență (scrisori, documente) nu sunt afectate.",
            ["all_goods"],
            id="ro-letters-are-not-affected-by-a-delay",
        ),
        pytest.param(
            "FI",
            "post",
            "Pakettien toimitus Viroon viivästyy",
            "Lakon vuoksi paketit Viroon voivat myöhästyä viikolla. Kirjeet kulkevat "
            "lentoteitse, eikä tilanne vaikuta niihin.",
            ["all_goods"],
            id="fi-the-situation-does-not-affect-letters",
        ),
        pytest.param(
            "BE",
            "post",
            "Vertraging bij pakketten naar Frankrijk",
            "Door de staking kunnen pakketten naar Frankrijk twee dagen vertraging oplopen. "
            "Brieven hebben geen vertraging.",
            ["all_goods"],
            id="nl-letters-have-no-delay",
        ),
        pytest.param(
            "IQ",
            "customs",
            "منع استيراد السكائر الإلكترونية",
            "تعلن الهيئة العامة للكمارك عن منع استيراد السكائر الإلكترونية (الفيب) ومستلزماتها "
            "عن طريق الطرود البريدية اعتبارا من 1 حزيران.",
            ["tobacco_vapes"],
            id="ar-the-iraqi-spelling-of-e-cigarettes",
        ),
    ],
)
def test_what_a_change_leaves_alone_is_not_its_scope(origin, source_kind, title, text, expected):
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert got.relevant, got.evidence[:4]
    assert got.categories == expected, [e for e in got.evidence if e["field"] == "categories"]
