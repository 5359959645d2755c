"""Session 76, from blind sets 445-450 (Oceania, Central Europe, the Maghreb and the Gulf,
sanctions, the North Atlantic, East Africa) and the read sets' misses."""

from __future__ import annotations

import pytest

from tests.classify_check import EU27
from tests.classify_check import check_kind as _check

_EU = EU27


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "SK",
            "customs",
            "Nové clo na zásielky nízkej hodnoty od 1. júla 2026",
            "Finančná správa upozorňuje, že od 1. júla 2026 sa vo všetkých členských štátoch "
            "EÚ zavádza clo 3 EUR za každú položku v zásielke s hodnotou do 150 EUR. Tovar "
            "objednaný napríklad z Číny tak bude pri dovoze zaťažený clom.",
            "duty_tax_change",
            _EU,
            id="sk-a-rule-in-all-member-states-of-the-eu",
        ),
        pytest.param(
            "HU",
            "customs",
            "Új vámszabály a kis értékű küldeményekre",
            "2026. július 1-jétől az Európai Unió valamennyi tagállamában 3 eurós vámot kell "
            "fizetni minden 150 euró alatti értékű küldemény után.",
            "duty_tax_change",
            _EU,
            id="hu-in-every-member-state-of-the-european-union",
        ),
        pytest.param(
            "EE",
            "customs",
            "Uus tollimaks väikese väärtusega pakkidele",
            "Alates 1. juulist 2026 kehtib kõigis Euroopa Liidu liikmesriikides uus tollimaks "
            "3 eurot iga kaubaartikli kohta, mis saabub pakis väljastpoolt ELi.",
            "duty_tax_change",
            _EU,
            id="et-in-all-member-states-of-the-european-union",
        ),
        pytest.param(
            "CY",
            "customs",
            "Νέος δασμός στα μικροδέματα",
            "Από την 1η Ιουλίου 2026 θα επιβάλλεται σε όλα τα κράτη μέλη της ΕΕ δασμός 3 "
            "ευρώ για κάθε είδος σε δέματα αξίας έως 150 ευρώ που έρχονται από τρίτες χώρες.",
            "duty_tax_change",
            _EU,
            id="el-in-all-member-states-of-the-eu",
        ),
        pytest.param(
            "IT",
            "customs",
            "Nuovo dazio sulle spedizioni di modico valore",
            "Dal 1° luglio 2026 in tutti gli Stati membri dell'Unione europea si applica un "
            "dazio di 3 euro per ogni articolo contenuto nei pacchi di valore fino a 150 euro.",
            "duty_tax_change",
            _EU,
            id="it-the-union-named-six-letters-after-all-member-states",
        ),
        pytest.param(
            "IE",
            "postal",
            "Customs duty on small parcels from outside the EU",
            "From 1 July 2026 a customs duty of €3 per item applies to low-value parcels "
            "entering the EU. It applies to parcels arriving in Ireland and in every other EU "
            "member state.",
            "duty_tax_change",
            _EU,
            id="en-ireland-and-every-other-eu-member-state",
        ),
        pytest.param(
            "BE",
            "postal",
            "Nieuwe douanerechten op pakjes naar de Europese Unie",
            "Vanaf 1 juli 2026 betalen ontvangers van pakjes van buiten de EU 3 euro "
            "douanerechten per artikel. Dat geldt voor zendingen naar België en de andere "
            "lidstaten van de Europese Unie.",
            "duty_tax_change",
            _EU,
            id="nl-belgium-and-the-other-member-states-of-the-union",
        ),
        pytest.param(
            "OM",
            "postal",
            "Resumption of EMS to selected destinations",
            "Oman Post will resume EMS acceptance from Sunday 4 October to the following "
            "destinations, now that cargo flights operate again:\n\n• Italy\n• Spain\n"
            "• Malaysia\n\nParcels to Jordan will also be accepted again from 10 October.",
            "resumption",
            ["ES", "IT", "JO", "MY"],
            id="en-from-a-weekday-to-the-following-destinations",
        ),
        pytest.param(
            "JO",
            "carrier",
            "قيود على الطرود المرسلة إلى ليبيا",
            "اعتباراً من 1 سبتمبر سيقتصر قبول الطرود المرسلة إلى ليبيا على الطرود التي لا "
            "يتجاوز وزنها 10 كغ.",
            "restriction",
            ["LY"],
            id="ar-acceptance-will-be-limited-to",
        ),
        pytest.param(
            "CA",
            "postal",
            "Paper customs labels are being phased out",
            "From 1 March 2026, parcels for the United States and international destinations "
            "must carry a customs declaration created online. Handwritten labels will be "
            "refused at the counter.",
            "new_requirement",
            ["*"],
            id="en-the-united-states-and-international-destinations",
        ),
        pytest.param(
            "CA",
            "postal",
            "Service notice: U.S. and international parcels accepted again",
            "Now that the labour dispute has ended, we have resumed accepting parcels for the "
            "United States and all international destinations at every post office.",
            "resumption",
            ["*"],
            id="en-us-and-international-in-the-title-and-the-body",
        ),
        pytest.param(
            "GB",
            "postal",
            "International mail to Niger: service suspended",
            "Because the airport in Niamey is closed, we have stopped accepting items for "
            "Niger. This applies to all international services to Niger, including letters, "
            "parcels and Express.",
            "suspension",
            ["NE"],
            id="en-international-mail-to-one-country-in-the-title",
        ),
        pytest.param(
            "PE",
            "customs",
            "Aduanas informa sobre nuevas prohibiciones en envíos postales",
            "A partir del 1 de junio no se admitirá la importación por vía postal de "
            "cigarrillos electrónicos ni de sus líquidos de recarga.",
            "prohibited_items",
            ["PE"],
            id="es-will-not-be-admitted-in-the-singular",
        ),
        pytest.param(
            "CL",
            "carrier",
            "Nuevo requisito para envíos de importación a Chile",
            "A partir del 1 de octubre, la guía aérea de cada envío con destino a Chile llevará "
            "el número de documento de identidad del destinatario. Los envíos de exportación "
            "no se ven afectados.",
            "new_requirement",
            ["CL"],
            id="es-a-new-requirement-in-the-singular",
        ),
        pytest.param(
            "SN",
            "postal",
            "Épidémie : continuité des services postaux",
            "Nos services nationaux et internationaux fonctionnent normalement. Aucune "
            "administration postale étrangère n'a suspendu l'acceptation du courrier à "
            "destination du Sénégal.",
            "informational",
            None,
            id="fr-no-foreign-post-has-suspended",
        ),
    ],
)
def test_rules_from_the_blind_sets(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str] | None
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "ES",
            "customs",
            "Tasa nacional para envíos de bajo valor",
            "Desde el 1 de abril de 2026 la Aduana cobrará en España una tasa de 2 euros por "
            "cada envío de bajo valor procedente de terceros países. La tasa es nacional y no "
            "se aplica en todos los Estados miembros de la Unión Europea.",
            "duty_tax_change",
            ["ES"],
            id="es-not-in-all-member-states",
        ),
        pytest.param(
            "IT",
            "customs",
            "Contributo nazionale sui piccoli pacchi",
            "Dal 1° febbraio 2026 è dovuto un contributo di 2 euro per ogni pacco di modico "
            "valore proveniente da paesi extra-UE. Il contributo vale solo in Italia e si "
            "aggiunge al dazio previsto in tutti gli Stati membri dell'Unione europea.",
            "duty_tax_change",
            ["IT"],
            id="it-only-in-italy-beside-the-union-rule",
        ),
        pytest.param(
            "CZ",
            "customs",
            "Poplatek za celní řízení u zásilek ze třetích zemí",
            "Od 1. dubna 2026 bude Celní správa účtovat poplatek 50 Kč za každou zásilku ze "
            "třetích zemí dovezenou do České republiky. Ve všech členských státech EU se toto "
            "pravidlo neuplatňuje.",
            "duty_tax_change",
            ["CZ"],
            id="cs-a-national-fee-told-beside-all-member-states",
        ),
        pytest.param(
            "US",
            "postal",
            "Canada Post strike",
            "Because of the Canada Post strike, items to Canada and international destinations "
            "routed through Canada may be delayed.",
            "delay",
            ["CA"],
            id="en-international-destinations-routed-through-a-country",
        ),
        pytest.param(
            "SA",
            "postal",
            "مواعيد العمل في مكاتب البريد",
            "يقتصر قبول الطرود في مكاتب البريد خلال شهر رمضان على الفترة الصباحية من الساعة 9 "
            "إلى 2.",
            "irrelevant",
            [],
            id="ar-acceptance-limited-to-morning-hours",
        ),
    ],
)
def test_guards_from_the_review(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    """Probes that the first form of this session's rules got wrong ('in all member states'
    negated or beside a country's own fee, 'international destinations routed through',
    Arabic opening hours)."""
    _check(title, text, origin, source_kind, kind, codes)
