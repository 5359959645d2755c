"""Causes found in session 31, each with sentences of our own: plans that turn (a resumption
put off, a stop called off, a limit raised), limits stated with "no longer exceed", denials in
Chinese and Arabic, a holiday abroad that delays mail, and scam warnings full of duty words."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- a limit stated with a negated verb of exceeding ---


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "New weight limit for parcels to Moldova",
            "From 1 April, parcels to Moldova can no longer exceed the maximum weight of 20 kg.",
        ),
        (
            "Limită nouă de greutate pentru coletele către Moldova",
            "Începând cu 1 aprilie, coletele către Republica Moldova nu mai pot depăși "
            "greutatea maximă de 20 kg.",
        ),
    ],
)
def test_no_longer_exceeding_a_limit_states_the_limit(title, body):
    result = classify(title, body, origin="RO", source_kind="postal")
    assert result.change_kind == "restriction"
    assert result.destinations == ["MD"]


def test_a_polish_limit_in_the_genitive_is_a_restriction():
    result = classify(
        "Paczki do Mołdawii",
        "Od 1 kwietnia paczki do Mołdawii nie mogą już przekraczać maksymalnej wagi 20 kg.",
        origin="PL",
        source_kind="postal",
    )
    assert result.relevant
    assert result.change_kind == "restriction"


# --- plans that turn ---


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Tonga: resumption postponed",
            "We had planned to resume acceptance of mail to Tonga on 1 July. The resumption of "
            "acceptance has been postponed, as flights into Nuku'alofa remain cancelled.",
            "AU",
        ),
        (
            "トンガ宛て郵便物の引受再開の延期について",
            "7月1日から引受けを再開する予定でしたが、現地空港の運用が制限されているため、"
            "トンガ宛て郵便物の引受再開を延期いたします。",
            "JP",
        ),
    ],
)
def test_a_resumption_put_off_leaves_the_stop_in_place(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["TO"]


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Belgique : la suspension prévue n'aura pas lieu",
            "Nous vous avions informés que La Poste suspendrait le dépôt des colis à "
            "destination de la Belgique à partir du 3 juin. La grève ayant été annulée, cette "
            "suspension n'aura pas lieu. Vos envois vers la Belgique restent acceptés "
            "normalement.",
            "FR",
        ),
        (
            "Belgium: planned suspension will not go ahead",
            "The suspension of parcels to Belgium planned for 3 June will not go ahead, as the "
            "strike has been called off. Items to Belgium are accepted as normal.",
            "GB",
        ),
    ],
)
def test_a_stop_called_off_before_it_began_is_no_stop(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "informational"
    assert result.destinations == ["BE"]


def test_a_limit_raised_again_is_an_easing():
    result = classify(
        "Germany: maximum weight restored",
        "Effective 6 June, the maximum weight for Priority Mail International items to Germany "
        "is raised to 70 pounds. The temporary limit of 44 pounds no longer applies.",
        origin="US",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["DE"]


def test_a_limit_lowered_stays_a_restriction():
    result = classify(
        "Germany: maximum weight",
        "Effective 6 June, the maximum weight for Priority Mail International items to Germany "
        "is reduced to 44 pounds because of limited air capacity.",
        origin="US",
        source_kind="postal",
    )
    assert result.change_kind == "restriction"


# --- denials and rumours in Chinese and Arabic ---


def test_an_arabic_denial_of_a_suspension_is_all_clear():
    result = classify(
        "استمرار خدمات الشحن إلى الأردن",
        "نؤكد لعملائنا أن خدمات الشحن إلى الأردن تعمل بشكل طبيعي، وأنه لم يطرأ أي تعليق على "
        "قبول الشحنات المتجهة إلى الأردن، خلافاً لما يتم تداوله.",
        origin="AE",
        source_kind="carrier",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["JO"]


def test_a_chinese_rumour_denied_is_no_suspension():
    result = classify(
        "关于网传“暂停寄往韩国邮件”的说明",
        "近日，有网络信息称“即日起暂停收寄寄往韩国的国际邮件”。经核实，该信息不实。目前寄往韩国"
        "的国际邮件均正常收寄。",
        origin="CN",
        source_kind="postal",
    )
    assert result.change_kind != "suspension"


# --- a holiday abroad, a consultation held, a scam warning ---


def test_a_holiday_abroad_that_delays_mail_is_a_delay():
    result = classify(
        "Japan - Golden Week holidays",
        "Japan Post has advised that there will be no mail processing or delivery in Japan "
        "from 29 April to 6 May because of the Golden Week public holidays. Normal operations "
        "resume on 7 May. Acceptance of items to Japan continues as normal, but items posted "
        "now may take four to six working days longer than usual to be delivered.",
        origin="SG",
        source_kind="postal",
    )
    assert result.relevant
    assert result.change_kind == "delay"
    assert result.destinations == ["JP"]


def test_a_decision_after_a_consultation_is_no_proposal():
    result = classify(
        "Changes to import fees from 1 March",
        "Following public consultation earlier this year, the Government has confirmed "
        "changes to the fees charged on goods imported into Fiji. The import entry fee rises "
        "from $20 to $24 per entry from 1 March.",
        origin="FJ",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["FJ"]


def test_a_scam_warning_full_of_duty_words_is_irrelevant():
    result = classify(
        "Warnung vor gefälschten Zahlungsaufforderungen",
        "Derzeit erhalten Kunden SMS, die angeblich von uns stammen. Darin wird behauptet, für "
        "eine Sendung aus China seien Zollgebühren oder Einfuhrumsatzsteuer offen, und es wird "
        "ein Link zu einer Zahlungsseite mitgeschickt. Wir fordern Sie niemals per SMS auf, "
        "Zollgebühren zu bezahlen. Geben Sie keine Kartendaten auf unbekannten Seiten ein. "
        "Leiten Sie verdächtige Nachrichten an phishing@example.com weiter.",
        origin="AT",
        source_kind="carrier",
    )
    assert not result.relevant
    assert result.change_kind == "irrelevant"


# --- a region and its exceptions, a page's path, a plan for "if", a table's legend ---


def test_members_named_after_but_are_the_exceptions_of_the_region():
    result = classify(
        "Resumption of small packets to EU member states",
        "From 1 July we resume acceptance of small packets to EU member states. But small "
        "packets to Malta and Cyprus remain suspended until further notice.",
        origin="CN",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert {"DE", "FR", "IT", "PL"} <= set(result.destinations)


def test_a_path_of_two_steps_under_the_title_and_a_delay_not_expected_are_no_delay():
    result = classify(
        "International service updates - New Zealand: possible industrial action",
        "Disruptions and updates \u203a International service updates\n"
        "New Zealand \u2013 possible industrial action\n"
        "We've been told that a union representing NZ Post delivery staff has given notice of "
        "possible industrial action from 13 October. No action has been confirmed.\n"
        "At this stage there's no change to our services to New Zealand. Items posted now "
        "aren't expected to be delayed.",
        origin="AU",
        source_kind="postal",
    )
    assert result.change_kind == "informational"
    assert not any(e["text"] == "Disruptions" for e in result.evidence)


def test_a_list_under_an_if_line_is_what_may_happen():
    result = classify(
        "New Zealand: possible industrial action",
        "A union at NZ Post has given notice of possible industrial action from 13 October.\n"
        "If the industrial action goes ahead:\n"
        "- we may hold items for New Zealand at our gateway until it ends\n"
        "- items already in New Zealand could take several extra days to be delivered\n"
        "At this stage there's no change to our services to New Zealand, and you can keep "
        "sending as normal. Items posted now aren't expected to be delayed.",
        origin="AU",
        source_kind="postal",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["NZ"]


def test_a_japanese_table_legend_and_what_may_happen_are_no_stop():
    result = classify(
        "国際郵便物の引受状況（ケニア）",
        "各国・地域の状況により、引受けを停止している場合があります。\n"
        "○：引受可　×：引受停止\n"
        "国・地域名 | 航空便 | 船便 | EMS\n"
        "ケニア | ○ | × | ○\n"
        "7月1日からケニア宛ての航空便及びEMSの引受けを再開しました。",
        origin="JP",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["KE"]


# --- an older item under its heading, news read elsewhere, paper a parcel lacks ---


def test_an_older_item_under_its_own_heading_and_start_date_is_history():
    result = classify(
        "International delivery updates - Fiji",
        "International delivery updates\n"
        "Find out about events overseas that could affect items you send.\n\n"
        "Fiji - cyclone warning\n"
        "Published: 10 November 2025\n"
        "Fiji Post has confirmed that mail services are not affected. We're accepting all "
        "services to Fiji as usual.\n\n"
        "United States - duties on items containing goods\n"
        "Published: 29 August 2025\n"
        "Duties are now charged on all items containing goods sent to the United States.",
        origin="NZ",
        source_kind="postal",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["FJ"]


def test_a_stop_the_reader_may_have_read_of_elsewhere_is_no_news_of_ours():
    result = classify(
        "Shipping to Canada: our services continue",
        "You may have read that a number of postal operators have paused sending parcels to "
        "Canada because of a strike.\n\n"
        "Our services to Canada are not affected. We continue to collect and deliver "
        "shipments to all Canadian addresses as normal.",
        origin="GB",
        source_kind="carrier",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["CA"]


def test_a_refusal_for_what_the_invoice_lacks_is_a_requirement():
    result = classify(
        "Spedizioni verso la Svizzera: nuovi obblighi",
        "Dal 2 ottobre le spedizioni commerciali dirette in Svizzera dovranno essere "
        "accompagnate dalla fattura commerciale. Non saranno accettate spedizioni commerciali "
        "la cui fattura non riporti il numero IDI del destinatario.",
        origin="IT",
        source_kind="postal",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["CH"]


# --- places left as they were, the EU by its number, lists of goods, a seizure report ---


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Envios para Angola: novas condições",
            "A partir de 9 de junho, os envios com destino a Angola são aceites apenas até "
            "10 kg. Os envios para Cabo Verde e Moçambique mantêm as condições habituais.",
            "PT",
        ),
        (
            "Azerbaycan'a gönderilerde yeni düzenleme",
            "19 Mayıs 2025 tarihinden itibaren Azerbaycan'a gönderilecek kolilerde azami "
            "ağırlık 10 kg ile sınırlandırılmıştır. Gürcistan'a gönderilen koliler için "
            "herhangi bir değişiklik bulunmamaktadır.",
            "TR",
        ),
    ],
)
def test_places_said_to_keep_their_conditions_are_no_destinations(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "restriction"
    assert len(result.destinations) == 1


def test_the_27_member_states_are_the_eu():
    result = classify(
        "Un droit de douane forfaitaire de 3 € sur les petits colis",
        "À compter du 1er juillet 2026, un droit de douane forfaitaire de 3 € sera perçu sur "
        "chaque article des colis de faible valeur expédiés depuis un pays tiers vers l'un des "
        "27 États membres.",
        origin="BE",
        source_kind="postal",
    )
    assert result.change_kind == "duty_tax_change"
    assert {"DE", "FR", "IT", "PL"} <= set(result.destinations)


def test_only_the_entries_marked_new_in_a_list_of_banned_goods_are_its_categories():
    result = classify(
        "Objets interdits à l'international : mise à jour",
        "Les objets suivants ne peuvent pas être envoyés. Les éléments signalés par "
        "« (nouveau) » s'appliquent à partir du 1er février ; les autres sont inchangés.\n"
        "1. Animaux vivants\n"
        "2. Armes à feu et munitions\n"
        "3. Parfums et eaux de toilette\n"
        "4. Boissons alcoolisées\n"
        "5. Cigarettes électroniques et e-liquides (nouveau)\n",
        origin="FR",
        source_kind="postal",
    )
    assert result.change_kind == "prohibited_items"
    assert result.categories == ["tobacco_vapes"]


def test_an_italian_seizure_of_counterfeits_is_a_report_not_a_ban():
    result = classify(
        "Malpensa, sequestrati 18 mila profumi contraffatti",
        "I funzionari delle Dogane di Malpensa hanno sequestrato 18.400 confezioni di profumi "
        "recanti marchi contraffatti, spedite in 900 pacchi postali. Due persone sono state "
        "denunciate per contraffazione.",
        origin="IT",
        source_kind="customs",
    )
    assert not result.relevant


def test_a_rule_in_a_list_under_a_line_about_mail_is_about_sending():
    result = classify(
        "Changes to import conditions for seeds",
        "From 1 July, all seeds for sowing arriving in Australia by international mail must:\n"
        "\u2022 be accompanied by a valid import permit, where one is required;\n"
        "\u2022 carry a phytosanitary certificate.",
        origin="AU",
        source_kind="other",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["AU"]


# --- duties and data: origins in Turkish, a bloc's rules, business customers, notices of
# other things ---


def test_a_bloc_named_in_the_turkish_ablative_is_an_origin():
    result = classify(
        "Gümrük muafiyet sınırı değişti",
        "Yurt dışından gelen eşyaya uygulanan gümrük vergisi muafiyet sınırı 150 Avro'dan "
        "30 Avro'ya indirilmiştir. Avrupa Birliği üyesi ülkelerden gelen gönderilerde %30 "
        "vergi uygulanır.",
        origin="TR",
        source_kind="postal",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["TR"]


def test_the_rules_of_a_bloc_are_not_the_bloc():
    result = classify(
        "Tijdelijk geen zakelijke pakketten naar het Verenigd Koninkrijk",
        "Vanaf maandag nemen wij tijdelijk geen zakelijke pakketten met bestemming Verenigd "
        "Koninkrijk meer aan.\n"
        "Wat blijft wél mogelijk?\n"
        "- Zendingen naar Noord-Ierland: daar gelden voor goederen de EU-regels.",
        origin="NL",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["GB"]
    assert result.categories == ["commercial_goods"]


def test_a_business_customers_only_resumption_is_of_commercial_goods():
    result = classify(
        "Företagskunder kan åter skicka varor till USA",
        "Från och med måndag den 13 oktober kan företagskunder med avtal åter skicka paket med "
        "varor till USA. Privatpersoner kan ännu inte skicka varor.",
        origin="SE",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.categories == ["commercial_goods"]


@pytest.mark.parametrize(
    ("title", "body", "origin", "source_kind"),
    [
        (
            "Tulli kilpailuttaa läpivalaisulaitteet postilähetysten tarkastukseen",
            "Tulli on julkaissut hankintailmoituksen läpivalaisulaitteiden hankinnasta. "
            "Tavoitteena on, että suurin osa lähetyksistä ohjautuu tarkastuksen ohi ilman "
            "viivettä. Hankinta ei vaikuta lähetysten tulliselvitykseen eikä maksuihin.",
            "FI",
            "customs",
        ),
        (
            "Openingstijden Douane rond de feestdagen",
            "Tijdens de feestdagen zijn de douanekantoren en de BelastingTelefoon Douane beperkt "
            "bereikbaar. Houd hier rekening mee als u in deze periode goederen invoert.\n"
            "BelastingTelefoon Douane\n"
            "- Woensdag 25 en donderdag 26 december: gesloten\n"
            "De balies voor het afstempelen van documenten (zoals uitvoerbewijzen voor de "
            "btw-teruggave) zijn op 25 en 26 december gesloten.",
            "NL",
            "customs",
        ),
        (
            "أرامكس تطلق نسخة جديدة من تطبيقها للهواتف الذكية",
            "أعلنت أرامكس عن إطلاق النسخة الجديدة من تطبيقها للهواتف الذكية. ومن أبرز مزايا "
            "التحديث:\n- تتبع الشحنات لحظيًا\n- سداد الرسوم الجمركية وضريبة القيمة المضافة "
            "المستحقة على الشحنات الواردة مباشرة من خلال التطبيق\nوقال الرئيس التنفيذي: نواصل "
            "الاستثمار لعملائنا في الإمارات والسعودية ومصر والأردن.",
            "AE",
            "carrier",
        ),
        (
            "2025 Yılı Gümrük Muhafaza Memuru Alımı Sınav Duyurusu",
            "Bakanlığımız taşra teşkilatında istihdam edilmek üzere 750 Gümrük Muhafaza Memuru "
            "alınacaktır. Başvurular Kariyer Kapısı üzerinden yapılacaktır. Şahsen veya posta "
            "yoluyla yapılan başvurular kabul edilmeyecektir.",
            "TR",
            "other",
        ),
    ],
)
def test_a_tender_holiday_hours_an_app_and_a_recruitment_are_irrelevant(
    title, body, origin, source_kind
):
    result = classify(title, body, origin=origin, source_kind=source_kind)
    assert not result.relevant


def test_a_japanese_reform_outline_with_no_change_yet_is_informational():
    result = classify(
        "少額輸入貨物に係る消費税の免税制度等の見直しについて",
        "「令和8年度税制改正の大綱」において、1万円以下の輸入貨物に係る消費税の免税制度の見直しが"
        "盛り込まれました。施行時期は今後の法案審議を経て決定されます。現時点で、少額輸入貨物に係る"
        "関税・消費税の取扱いに変更はありません。",
        origin="JP",
        source_kind="customs",
    )
    assert result.change_kind == "informational"
