"""Session 80, from blind sets 469-474."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "NO",
            "customs",
            "VOEC limit unchanged for 2027",
            "The Norwegian Tax Administration confirms that the VOEC threshold of NOK 3,000 per "
            "item stays as it is in 2027. Sellers registered in VOEC keep collecting VAT at the "
            "point of sale.",
            "informational",
            ["NO"],
            id="en-title-names-a-limit-then-unchanged",
        ),
        pytest.param(
            "PT",
            "postal",
            "Moçambique: novas condições para encomendas",
            "A partir de 1 de março as encomendas com destino a Moçambique passam a estar "
            "sujeitas às seguintes limitações:\n"
            "Serviço | Peso | Valor\nEncomenda Prioritária | 10 kg | 300 EUR",
            "restriction",
            ["MZ"],
            id="pt-limitacoes-is-a-limit",
        ),
        pytest.param(
            "IT",
            "postal",
            "Nuove regole per le spedizioni con power bank",
            "Dal 1° giugno le power bank non è più ammesso inserirle negli invii verso tutte le "
            "destinazioni internazionali. Le batterie installate nei dispositivi sono accettate "
            "fino a un massimo di 2 per invio.",
            "restriction",
            ["*"],
            id="it-no-longer-admitted-and-up-to-a-maximum",
        ),
        pytest.param(
            "JP",
            "postal",
            "カナダ宛て郵便物による電子たばこの送付について",
            "カナダ政府の規制強化に伴い、2025年9月1日（月）差出分から、カナダ宛て郵便物において、"
            "電子たばこ及びその部品は送付することができなくなります。\n"
            "※ 紙巻たばこの取扱いに変更はありません。",
            "prohibited_items",
            ["CA"],
            id="ja-goods-can-no-longer-be-sent-beside-other-goods-unchanged",
        ),
        pytest.param(
            "JP",
            "postal",
            "ペルー宛て郵便物の引受停止について",
            "2025年5月10日から、ペルー宛て郵便物は送付できなくなります。",
            "suspension",
            ["PE"],
            id="ja-guard-mail-that-can-no-longer-be-sent-is-a-stop",
        ),
        pytest.param(
            "JP",
            "postal",
            "チリ中部地震に伴うチリ宛て郵便物の取扱いについて",
            "チリ中部で発生した地震により被災された皆さまにお見舞い申し上げます。"
            "現時点で、チリ郵便から郵便物の引受停止等の連絡はなく、チリ宛て郵便物は通常どおり"
            "お引き受けしております。",
            "informational",
            ["CL"],
            id="ja-no-word-of-a-stop-has-come",
        ),
        pytest.param(
            "JP",
            "customs",
            "輸入貨物に係る関税の少額免除の見直しについて",
            "「令和9年度税制改正の大綱」（令和8年12月20日閣議決定）において、以下の見直しを行う"
            "こととされました。\n"
            "1 通信販売により購入された課税価格1万円以下の輸入貨物に係る関税の免除を廃止します。\n"
            "2 令和11年4月1日以後に輸入されるものから適用される予定です。",
            "duty_tax_change",
            ["JP"],
            id="ja-outline-a-cabinet-decided-is-the-change",
        ),
        pytest.param(
            "JP",
            "customs",
            "輸入貨物に係る関税の少額免除の見直しについて",
            "「令和9年度税制改正の大綱」（令和8年12月20日閣議決定）において、通信販売により購入"
            "された輸入貨物に係る関税の免除の見直しが盛り込まれました。\n"
            "現時点において、少額輸入貨物に係る免税制度に変更はありません。",
            "informational",
            None,
            id="ja-guard-outline-that-changes-nothing-yet-is-a-plan",
        ),
        pytest.param(
            "GR",
            "customs",
            "Υπενθύμιση: απαγόρευση εισαγωγής φυτών σε ταχυδρομικά δέματα",
            "Η Τελωνειακή Υπηρεσία υπενθυμίζει στο κοινό ότι η εισαγωγή στην Ελλάδα φυτών και "
            "σπόρων από τρίτες χώρες μέσω ταχυδρομικών δεμάτων εξακολουθεί να απαγορεύεται, "
            "σύμφωνα με τον ισχύοντα κανονισμό της Ένωσης για την υγεία των φυτών και τις "
            "σχετικές εθνικές διατάξεις που εφαρμόζονται εδώ και αρκετά χρόνια σε όλα τα σημεία "
            "εισόδου της χώρας, περιλαμβανομένων των ταχυδρομικών κέντρων.\n\n"
            "Οι κανόνες δεν έχουν αλλάξει. Τα προϊόντα που εντοπίζονται κατάσχονται.",
            "informational",
            ["GR"],
            id="el-reminder-of-a-ban-whose-rules-have-not-changed",
        ),
        pytest.param(
            "IE",
            "customs",
            "Reminder: ban on meat and milk products in parcels",
            "Ahead of Christmas, Revenue reminds the public that meat and milk products sent to "
            "Ireland from outside the EU by post continue to be prohibited. The rules have not "
            "changed.",
            "informational",
            ["IE"],
            id="en-reminder-of-a-ban-whose-rules-have-not-changed",
        ),
        pytest.param(
            "IE",
            "customs",
            "Reminder: new ban on vapes in parcels",
            "From 1 March 2026 disposable vapes sent to Ireland by post are prohibited. The "
            "rules for cigarettes have not changed.",
            "prohibited_items",
            ["IE"],
            id="en-guard-reminder-of-a-new-dated-ban",
        ),
        pytest.param(
            "ES",
            "express",
            "Envíos a Gibraltar: recuerda la documentación",
            "Con la llegada del verano te recordamos que Gibraltar no forma parte del territorio "
            "aduanero de la Unión Europea. Por eso, como hasta ahora, los envíos con mercancía a "
            "Gibraltar deben ir acompañados de una factura comercial con la descripción del "
            "contenido y su valor, y del NIF del remitente cuando se trata de empresas.\n\n"
            "No hay cambios en las condiciones ni en los plazos de entrega.",
            "informational",
            ["GI"],
            id="es-as-until-now-and-no-change-to-the-conditions",
        ),
        pytest.param(
            "CH",
            "postal",
            "Versand nach Liechtenstein: weiterhin keine Zollformalitäten",
            "Uns erreichen Fragen, ob für Pakete nach Liechtenstein seit Januar eine "
            "Zollinhaltserklärung nötig sei. Wir können Sie beruhigen: Es ändert sich nichts.\n"
            "Beide Länder bilden ein gemeinsames Zollgebiet; es werden keine Einfuhrabgaben "
            "erhoben.",
            "informational",
            ["LI"],
            id="de-asked-whether-then-nothing-changes",
        ),
        pytest.param(
            "PL",
            "express",
            "Zmiany w wysyłkach do Norwegii od 1 marca",
            "Od 1 marca paczki do Norwegii przyjmujemy wyłącznie wtedy, gdy wartość zawartości "
            "nie przekracza 3 000 NOK.",
            "restriction",
            ["NO"],
            id="pl-accepted-only-when-it-does-not-exceed",
        ),
        pytest.param(
            "GR",
            "customs",
            "Αλλαγές στον ΦΠΑ για τα δέματα",
            "Από 1 Ιανουαρίου 2027 όλα τα δέματα από χώρες εκτός ΕΕ υπόκεινται σε ΦΠΑ από το "
            "πρώτο ευρώ. Οι διαδικασίες παραλαβής δεν έχουν αλλάξει.",
            "duty_tax_change",
            ["GR"],
            id="el-guard-a-dated-change-beside-procedures-unchanged",
        ),
        pytest.param(
            "PL",
            "customs",
            "Zmiany w VAT od przesyłek",
            "Od 1 stycznia 2027 wszystkie przesyłki spoza UE podlegają VAT. Procedury "
            "pozostają bez zmian.",
            "duty_tax_change",
            ["PL"],
            id="pl-guard-a-dated-vat-change-beside-procedures-unchanged",
        ),
        pytest.param(
            "IT",
            "postal",
            "Spedizioni in Austria",
            "Come fino ad ora, i pacchi per l'Austria richiedono l'indirizzo completo del "
            "destinatario. Le regole non sono cambiate.",
            "informational",
            ["AT"],
            id="it-as-until-now-is-no-now",
        ),
        pytest.param(
            "DE",
            "customs",
            "Customs allowances unchanged for 2027",
            "Gifts between private persons from outside the EU worth up to EUR 45 stay free of "
            "duty.",
            "informational",
            None,
            id="en-allowances-unchanged",
        ),
    ],
)
def test_kind_and_places(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str] | None
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text"),
    [
        pytest.param(
            "RO",
            "postal",
            "Poșta lansează licitația pentru linii de sortare",
            "Compania a publicat anunțul de participare pentru achiziția a trei linii de sortare "
            "a coletelor, cu module pentru coletele returnate expeditorului sau reținute pentru "
            "control vamal. Valoarea estimată este de 40 milioane lei fără TVA. Termenul pentru "
            "depunerea ofertelor este 30 septembrie.",
            id="ro-tender-and-a-price-without-vat",
        ),
        pytest.param(
            "FR",
            "customs",
            "La douane recrute 200 contrôleurs",
            "La douane ouvre un concours externe. Les lauréats contrôleront les données "
            "électroniques préalables et les déclarations H7 des envois postaux à Roissy.",
            id="fr-customs-recruits",
        ),
        pytest.param(
            None,
            "postal",
            "Postal tech provider releases new version of its declaration software",
            "The new release includes validation of HS codes, a field for IOSS numbers and "
            "messages for the EU's ICS2 and for US advance electronic data rules.",
            id="en-software-release",
        ),
        pytest.param(
            "AT",
            "customs",
            "Zoll stellt am Flughafen Wien über 8.000 gefälschte Uhren sicher",
            'Die Sendungen kamen aus China und waren als Geschenk angemeldet. "Falsche Angaben '
            'in der Zollanmeldung fallen auf", sagt der Sprecher des Zollamts.',
            id="de-customs-seizes-with-a-spokesman-quoted",
        ),
        pytest.param(
            "US",
            "customs",
            "Officers seize counterfeit watches worth $1 million at mail facility",
            "Officers at the international mail facility seized 300 counterfeit watches shipped "
            'from Hong Kong. "Counterfeits can be unsafe," said the port director. "We remain '
            'vigilant in stopping these goods at our ports of entry."',
            id="en-guard-a-quoted-sentence-below-a-seizure",
        ),
        pytest.param(
            "PT",
            "postal",
            "Nova app: pague o desalfandegamento no telemóvel",
            "Lançámos hoje uma nova versão da app, que permite pagar direitos, IVA e a taxa de "
            "desalfandegamento das encomendas vindas de fora da União Europeia.",
            id="pt-new-version-of-the-app",
        ),
        pytest.param(
            "DE",
            "press",
            "EU-Zusatzzölle auf E-Bikes aus Vietnam in Kraft",
            "Ausgleichszölle von bis zu 28 Prozent gelten seit Dienstag. Seit dem 4. März erhebt "
            "die Europäische Union endgültige Ausgleichszölle auf E-Bikes aus Vietnam, "
            "zusätzlich zum regulären Einfuhrzoll von 6 Prozent. Hanoi hat mit "
            "Antidumpinguntersuchungen gegen Käse aus der EU reagiert.",
            id="de-countervailing-duties-on-freight",
        ),
        pytest.param(
            "ES",
            "postal",
            "Correos cierra 2025 con récord de paquetería internacional",
            "El Consejo de Administración ha formulado las cuentas del ejercicio 2025. Los "
            "ingresos crecieron un 4% más que el año anterior; los envíos a México crecieron un "
            "20%, aunque la compañía advierte de la incertidumbre sobre los aranceles.",
            id="es-annual-accounts",
        ),
        pytest.param(
            "JP",
            "marketplace",
            "モバイルバッテリーの出品に関するガイドライン改定のお知らせ",
            "2026年1月1日より、PSEマークのないモバイルバッテリーの出品を禁止いたします。",
            id="ja-marketplace-listing-ban",
        ),
        pytest.param(
            "GB",
            "postal",
            "Compensation for lost parcels",
            "If a parcel is lost, compensation is paid up to a maximum of 100 pounds.",
            id="en-a-limit-of-compensation",
        ),
        pytest.param(
            "IT",
            "postal",
            "Indennizzi per smarrimento",
            "In caso di smarrimento, il rimborso è previsto fino a un massimo di 75 euro per "
            "i pacchi.",
            id="it-a-limit-of-refund",
        ),
        pytest.param(
            "IT",
            "postal",
            "Ritiro in ufficio postale",
            "Non è più ammesso il ritiro di pacchi con delega verbale.",
            id="it-no-longer-admitted-of-a-procedure",
        ),
        pytest.param(
            "PT",
            "postal",
            "Limitações de responsabilidade",
            "Consulte as limitações de responsabilidade nas condições gerais do serviço de "
            "encomendas internacionais.",
            id="pt-limits-of-liability",
        ),
    ],
)
def test_irrelevant(origin: str | None, source_kind: str, title: str, text: str) -> None:
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert not got.relevant, got.evidence[:4]
    assert got.change_kind == "irrelevant"
