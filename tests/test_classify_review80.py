"""Session 80, from blind sets 469-474."""

from __future__ import annotations

import pytest

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
    ],
)
def test_kind_and_places(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str] | None
) -> None:
    _check(title, text, origin, source_kind, kind, codes)
