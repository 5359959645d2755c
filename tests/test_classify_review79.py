"""Session 79, from blind sets 463-468."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.gazetteer import gazetteer
from monitor.classify.normalize import normalize
from tests.classify_check import check_kind as _check


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "LB",
            "postal",
            "تعليق قبول الطرود إلى سوريا",
            "نعلن عن تعليق قبول الطرود المرسلة إلى سوريا حتى إشعار آخر بسبب إغلاق المعبر. "
            "ولا يشمل هذا التعليق الإرساليات إلى الأردن والعراق التي ترسل جواً عبر مطار بيروت.",
            "suspension",
            ["SY"],
            id="ar-and-not-included-leaves-out-jordan-and-iraq",
        ),
        pytest.param(
            "LB",
            "postal",
            "Parcels to Syria suspended",
            "We suspend the acceptance of parcels to Syria until further notice. This "
            "suspension does not include shipments to Jordan and Iraq.",
            "suspension",
            ["SY"],
            id="en-does-not-include-leaves-out-the-places-after-it",
        ),
        pytest.param(
            "LB",
            "postal",
            "استئناف خدمة EMS إلى دول الخليج",
            "نعلن عن استئناف خدمة البريد السريع إلى الدول التالية:\n"
            "الدولة | الحالة | التاريخ\n"
            "دولة الكويت | مستأنفة | 1/3/2025\n"
            "دولة قطر | مستأنفة | 1/3/2025\n"
            "العراق | معلّقة | حتى إشعار آخر\n"
            "ليبيا | معلقة | حتى إشعار آخر",
            "resumption",
            ["KW", "QA"],
            id="ar-rows-still-suspended-are-no-resumption",
        ),
        pytest.param(
            "DE",
            "postal",
            "Norwegen: IT-Störung bei Posten – keine Auswirkungen auf den Versand",
            "Der Postdienstleister Posten Norge meldet eine Störung seiner IT-Systeme. Pakete "
            "und Briefe nach Norwegen werden weiterhin angenommen und normal befördert. Die "
            "Laufzeiten bleiben unverändert.",
            "informational",
            ["NO"],
            id="de-a-disruption-the-title-answers-with-no-impact",
        ),
        pytest.param(
            "FR",
            "postal",
            "Polynésie française : vos colis continuent d'être acheminés",
            "Le service informatique de l'opérateur local a subi une panne. Vos colis à "
            "destination de la Polynésie française sont acceptés et expédiés normalement. Le "
            "suivi sera mis à jour dès le rétablissement du système.",
            "informational",
            ["PF"],
            id="fr-what-resumes-once-restored-is-not-yet-resumed",
        ),
        pytest.param(
            "KR",
            "customs",
            "해외직구 물품 통관번호 기재 안내 (기존 제도 유지)",
            "개인통관고유부호 제도는 변경 없이 종전과 같이 운영됩니다. 주문 시 수취인 정보에 "
            "개인통관고유부호를 정확히 기재하여야 합니다.",
            "informational",
            ["KR"],
            id="ko-the-title-keeps-the-rule-it-names",
        ),
        pytest.param(
            "IT",
            "postal",
            "Spedizioni verso la Norvegia: cosa resta invariato",
            "Dal 1 marzo la dogana norvegese usa un nuovo sistema informatico. Per chi spedisce "
            "con noi non cambia nulla: per i pacchi verso la Norvegia resta obbligatoria la "
            "dichiarazione doganale CN23.",
            "informational",
            ["NO"],
            id="it-nothing-changes-for-senders",
        ),
        pytest.param(
            "KR",
            "postal",
            "국제우편물 전자통관정보 제공 대상 국가 확대 안내",
            "물품이 들어 있는 국제우편물을 캐나다로 보낼 때 세관신고 정보를 전자적으로 사전 "
            "제공해야 합니다. 시행일: 2026. 3. 1. 접수분부터",
            "new_requirement",
            ["CA"],
            id="ko-must-provide-customs-data",
        ),
        pytest.param(
            "AU",
            "other",
            "Posting food to Australia this summer? Check first",
            "Biosecurity officers are reminding people overseas to check the rules before they "
            "send food. \"The rules haven't changed, but every summer we find many undeclared "
            'items," an officer said. Fresh fruit and meat are not allowed in mail without a '
            "permit.",
            "informational",
            ["AU"],
            id="en-the-rules-haven-t-changed-but-no-change-after-it",
        ),
        pytest.param(
            "PE",
            "customs",
            "SENASA recuerda qué productos no se pueden enviar a Perú por correo",
            "Con las fiestas aumentan los envíos de peruanos en el extranjero. SENASA recuerda "
            "que se mantienen las mismas exigencias de siempre. No está permitido enviar a Perú "
            "frutas frescas ni semillas sin certificado. No hay cambios en la normativa.",
            "informational",
            ["PE"],
            id="es-a-reminder-of-what-may-not-be-sent",
        ),
        pytest.param(
            "CA",
            "customs",
            "Couteaux achetés en ligne : l'ASFC rappelle les règles d'importation",
            "Le mémorandum D19-13-2 a été mis à jour le 1er mars 2026. Il précise désormais que "
            "les couteaux papillon sont interdits d'importation au Canada, y compris par la "
            "poste.",
            "prohibited_items",
            ["CA"],
            id="fr-a-verb-of-reminding-over-an-updated-ban-guard",
        ),
        pytest.param(
            "HK",
            "postal",
            "寄往新西蘭郵件服務通告",
            "新西蘭當局加強對入境郵件的檢查，寄往新西蘭的包裹在當地的清關時間預計會延長約五個工作天。"
            "本港郵政局繼續接收寄往新西蘭的郵件。",
            "delay",
            ["NZ"],
            id="zh-clearance-time-expected-to-lengthen",
        ),
        pytest.param(
            "TW",
            "customs",
            "自116年1月1日起 含乳成分食品一律不得以郵包輸入",
            "自民國116年1月1日起，含有乳成分之食品，不論來源國家，一律不得以郵包或快遞方式輸入我國。",
            "prohibited_items",
            None,
            id="zh-may-not-be-imported-by-parcel",
        ),
        pytest.param(
            "TW",
            "postal",
            "菲律賓颱風 寄往菲律賓郵件照常受理",
            "菲律賓於本週遭受颱風侵襲，造成當地嚴重災情。據菲律賓郵政通知，國際郵件互換局作業正常。\n"
            "本公司寄往菲律賓之航空函件、航空包裹目前照常受理及運送，尚無停止收寄或延遲之情形。\n"
            "郵件種類 | 受理狀況\n航空函件 | 照常受理\n航空包裹 | 照常受理",
            "informational",
            ["PH"],
            id="zh-no-stop-yet",
        ),
        pytest.param(
            "CN",
            "carrier",
            "澳大利亚低价值商品政策说明：1000澳元规则目前不变",
            "近日澳大利亚政府宣布计划调整低价值进口商品的规则。现说明如下：上述措施目前仅为计划，"
            "现行政策不变；我司澳大利亚专线的收寄规则及报价均不作调整。",
            "informational",
            ["AU"],
            id="zh-the-rule-stays-for-now",
        ),
        pytest.param(
            "HK",
            "postal",
            "寄往阿根廷的郵件可能出現延誤",
            "由於當地海關人員進行工業行動，寄往阿根廷的郵件可能出現延誤。香港郵政會繼續接收寄往"
            "阿根廷的郵件。已寄出的郵件毋須重新投寄。",
            "delay",
            ["AR"],
            id="zh-no-need-to-post-again-is-no-resumption",
        ),
        pytest.param(
            "CA",
            "postal",
            "Grève chez WestJet : les envois internationaux continuent d'être acheminés",
            "Postes Canada suit de près la grève. Le courrier et les colis à destination de "
            "l'étranger continuent d'être acceptés et acheminés. Aucun retard important n'est "
            "prévu, y compris pour les articles à destination du Mexique.",
            "informational",
            ["*"],
            id="fr-all-mail-abroad-goes-on-the-places-are-examples-guard",
        ),
        # the review's guards: the bare Arabic word is also "held" or "pending"; a court's
        # ruling named in a title over a real ban
        pytest.param(
            "SA",
            "customs",
            "إلزامية الفاتورة التجارية للطرود الواردة",
            "اعتباراً من 1 مارس يجب أن ترافق الفاتورة التجارية جميع الطرود البريدية الواردة إلى "
            "المملكة. وتبقى الشحنات معلقة في الجمارك حتى تقديم الفاتورة.",
            "new_requirement",
            ["SA"],
            id="ar-held-at-customs-is-no-stop-guard",
        ),
        pytest.param(
            "AE",
            "postal",
            "تأخير في وصول الطرود إلى مصر",
            "نود إعلامكم بحدوث تأخير في تسليم الطرود المرسلة إلى مصر بسبب إجراءات جمركية جديدة. "
            "بعض الطرود معلقة في الجمارك لمدة تصل إلى أسبوعين.",
            "delay",
            ["EG"],
            id="ar-parcels-held-in-a-delay-guard",
        ),
        pytest.param(
            "AU",
            "postal",
            "Court ruled that the ban applies: vapes to Australia prohibited from 1 March",
            "The Federal Court ruled that the ban applies to postal imports. From 1 March, "
            "parcels containing vapes will not be accepted for delivery to Australia.",
            "prohibited_items",
            ["AU"],
            id="en-a-ruling-in-the-title-over-a-ban-guard",
        ),
    ],
)
def test_places_and_kinds_of_the_new_sets(origin, source_kind, title, text, kind, codes):
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text"),
    [
        pytest.param(
            "MT",
            "other",
            "Court orders customs to refund courier over storage fees",
            "The civil court on Monday ruled that the customs department wrongly charged a "
            "courier company €90,000 in storage fees for parcels held between 2018 and 2020. "
            "The court agreed that the fees had no legal basis. Customs has 20 days to appeal.",
            id="en-a-court-ruling-on-past-fees",
        ),
    ],
)
def test_a_court_ruling_on_fees_is_irrelevant(origin, source_kind, title, text):
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert (got.relevant, got.change_kind) == (False, "irrelevant")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pake ki deja an wout pou Ayiti ap rete nan sant lan", "HT"),
        ("kòlis ki soti Repiblik Dominikèn yo", "DO"),
        ("pake ki soti Miami (Etazini)", "US"),
    ],
)
def test_haitian_creole_names(text: str, code: str) -> None:
    assert code in {p.code for p in gazetteer().find(normalize(text), text)}
