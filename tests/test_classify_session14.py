"""Causes found in session 14, each with sentences of our own: lists of links to other pages,
a site's bar of links, places said unchanged in an answer or the next clause, places of the
opposite state beside the change, and Italian words of resumption and of "never"."""

from __future__ import annotations

import re

import pytest

from monitor.classify import classify
from monitor.classify.text import Doc, colon_ends

# --- lists of links to other pages name no place and no topic of this one ---------------


@pytest.mark.parametrize(
    "footer",
    [
        "Other service alerts\n- Public holiday - Chile: reduced operations | 1 May\n"
        "- Labour action - Peru: delays possible | 2 May",
        "Weitere aktuelle Hinweise:\n- Feiertag in Chile: kein Versand | 1. Mai\n"
        "- Sendungen nach Peru: Laufzeitverlängerungen",
        "See also: Public holiday in Chile | Sending to Peru",
        "Voir aussi : Jours fériés au Chili | Envoyer au Pérou",
        "Bekijk ook: Feestdagen in Chili | Verzenden naar Peru",
        "Related: Country conditions - Chile | Public holiday - Peru",
    ],
)
def test_places_and_holidays_in_a_list_of_other_notices_are_not_this_ones(footer):
    result = classify(
        "Service alert: storm in Fiji",
        "A tropical storm has closed the airport in Nadi. Shipments to Fiji may experience "
        f"delays of several days.\n\n{footer}",
    )
    assert result.relevant
    assert result.change_kind == "delay"
    assert result.destinations == ["FJ"]


def test_a_place_named_in_prose_after_see_also_words_still_counts():
    """The guard: "see also" inside a sentence heads no list of links."""
    result = classify(
        "Service alert",
        "Shipments to Fiji may experience delays; see also our note on mail to Samoa, "
        "which is suspended.",
    )
    assert "WS" in result.destinations


@pytest.mark.parametrize(
    "bar",
    [
        "Ship Now | Track | Help Center | Terms of Carriage | Privacy Notice | Cookies",
        "Privacy | Cookies | Disclaimer | Terms and Conditions",
    ],
)
def test_a_footer_bar_of_links_is_no_topic_of_the_notice(bar):
    result = classify(
        "Service alert: storm in Fiji",
        "Shipments to Fiji may experience delays. Shipments are subject to our Terms and "
        f"Conditions of Carriage.\n\n{bar}",
    )
    assert result.relevant
    assert result.change_kind == "delay"


# --- places said unchanged --------------------------------------------------------------


def test_places_served_throughout_are_not_where_service_resumes():
    result = classify(
        "International update: service resumes to more destinations",
        "Mail and parcel services have resumed to Chile and Peru. Services to Norway and "
        "Iceland have continued throughout.",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["CL", "PE"]


@pytest.mark.parametrize(
    "answer",
    [
        "Declarations are already required; nothing changes.",
        "Declarations are already required there. Nothing changes.",
    ],
)
def test_a_place_in_a_question_answered_nothing_changes_is_left_out(answer):
    result = classify(
        "Sending goods to Chile from 1 March",
        "From 1 March all items containing goods sent to Chile will need a customs "
        f"declaration.\n\nSending to Norway or Iceland? {answer}",
    )
    assert result.destinations == ["CL"]


def test_a_place_in_a_question_answered_with_news_counts():
    """The guard: an answer that brings news of its own keeps the place."""
    result = classify(
        "Sending goods to Chile from 1 March",
        "From 1 March all items containing goods sent to Chile will need a customs "
        "declaration.\n\nSending to Norway? Items to Norway will need one too.",
    )
    assert result.destinations == ["CL", "NO"]


def test_a_clause_that_says_this_is_unchanged_speaks_of_the_clause_before():
    result = classify(
        "Service alert: airspace closures",
        "Shipments to Qatar and Oman may experience delays of 24 to 72 hours. Shipments to "
        "Cuba are not accepted under existing restrictions; this is unchanged.",
    )
    assert result.destinations == ["OM", "QA"]


def test_a_clause_after_a_semicolon_with_its_own_subject_keeps_the_place():
    """The guard: "; mail to X ..." is no reference back."""
    result = classify(
        "Service alert",
        "Shipments to Qatar may experience delays; shipments to Oman are not affected.",
    )
    assert result.destinations == ["QA"]


# --- places of the opposite state beside the change ------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Service resumes to Chile",
            "From Monday we accept letters and parcels for Chile again. Mail to Peru and "
            "Bolivia remains suspended until further notice.",
            ["CL"],
        ),
        (
            "Correos reanuda los envíos a Chile",
            "Correos vuelve a admitir cartas y paquetes con destino a Chile. Se mantiene "
            "suspendida la admisión de envíos con destino a Perú y Bolivia.",
            ["CL"],
        ),
        (
            "Mail service suspensions",
            "We are temporarily suspending mail acceptance for Chile and Peru.\n\nMail service "
            "to Bolivia is no longer suspended and is being dispatched.",
            ["CL", "PE"],
        ),
    ],
)
def test_places_of_the_opposite_state_are_not_where_the_change_applies(title, text, expected):
    assert classify(title, text).destinations == expected


def test_a_place_of_the_opposite_state_named_in_the_title_stays():
    """The guard: the title names what the notice is about."""
    result = classify(
        "Chile and Peru: service update",
        "From Monday we accept letters and parcels for Chile again. Mail to Peru remains "
        "suspended until further notice.",
    )
    assert result.destinations == ["CL", "PE"]


def test_the_only_places_of_a_notice_are_kept_whatever_their_state():
    """The guard: a notice that names no other place keeps its own."""
    result = classify(
        "Service update",
        "Mail to Peru has resumed. Mail to Peru remains suspended for parcels over 2 kg.",
    )
    assert result.destinations == ["PE"]


# --- Italian ---------------------------------------------------------------------------


def test_italian_resumption_with_goods_that_were_never_suspended():
    result = classify(
        "Cile: riprendono le spedizioni di merci",
        "Dopo la sospensione iniziata il 2 marzo a seguito della fine dell'esenzione doganale, "
        "Poste comunica che dal 7 aprile è di nuovo possibile spedire merci verso il Cile.\n"
        "Gli invii di sola corrispondenza non sono mai stati sospesi.",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["CL"]


def test_an_exemption_lifted_is_still_a_duty_change():
    """The guard: the words "that" opens no clause between an exemption and its lifting when
    the lifting is no resumption of service."""
    result = classify(
        "Chile: duty-free allowance ends",
        "The duty-free allowance for low-value goods sent to Chile has been lifted.",
    )
    assert result.change_kind == "duty_tax_change"


# --- the colons at line ends, found without a regex --------------------------------------

_COLON_END = re.compile(r"[:\uff1a][ \t]*(?=\n|\Z)")


@pytest.mark.parametrize(
    "text",
    [
        "Affected:\nChile\nNot affected: \t\nPeru:",
        "a::\nb: c\n\uff1a\n: \n",
        "Note: the following\nList:\t \n- one\nEnd",
        "",
    ],
)
def test_colon_ends_are_where_a_regex_finds_them(text):
    doc = Doc.make("Title:", text)
    assert colon_ends(doc) == [m.span() for m in _COLON_END.finditer(doc.full)]


# --- the second batch: causes of delays, limits, examples in brackets, letters of goods --


def test_flight_restrictions_are_the_cause_of_a_delay():
    result = classify(
        "Service alert: airspace closures",
        "Due to airspace closures and flight restrictions in the region, shipments to Qatar "
        "may experience delays of 24 to 72 hours. Flights are being re-routed.",
    )
    assert result.change_kind == "delay"


def test_restrictions_on_shipments_stay_a_restriction_beside_closed_airports():
    """The guard: what the restriction is on is the mail."""
    result = classify(
        "Chile: airports closed - restrictions on shipments to Chile",
        "The following restrictions apply to all shipments to Chile: maximum 30 kg per piece.",
    )
    assert result.change_kind == "restriction"


def test_a_stop_said_unchanged_in_the_next_clause_is_not_the_news():
    result = classify(
        "Service alert",
        "Shipments to Qatar are delayed by 24 to 72 hours as flights are re-routed. Shipments "
        "to Cuba are not accepted under existing restrictions; this is unchanged.",
    )
    assert result.change_kind == "delay"


@pytest.mark.parametrize(
    "text",
    [
        "From 1 March, lithium batteries to Chile are accepted only when installed in the device.",
        "Ab 1. März werden Lithiumbatterien nach Chile nur noch angenommen, wenn sie eingebaut "
        "sind.",
        "Od 1 marca baterie litowe do Chile są przyjmowane tylko zainstalowane w urządzeniu.",
    ],
)
def test_goods_accepted_only_under_a_condition_are_limited_not_exempt(text):
    result = classify("Notice", text)
    assert result.categories == ["lithium_batteries"]
    assert result.change_kind == "restriction"


def test_letters_holding_only_documents_are_still_exempt():
    """The guard: "only" inside the exempt words' subject changes nothing."""
    result = classify(
        "Sending parcels to Chile: customs declaration required",
        "Parcels containing goods sent to Chile will need an electronic customs declaration "
        "from 1 March. Letters containing only documents do not need a customs declaration.",
    )
    assert result.categories == ["all_goods"]


def test_examples_in_brackets_exempt_the_brackets_only():
    result = classify(
        "Notice",
        "From 1 March, lithium batteries to Chile are accepted only when installed in the "
        "device (e.g. phone, camera, laptop).",
    )
    assert result.categories == ["lithium_batteries"]


@pytest.mark.parametrize(
    "text",
    [
        "La Poste suspend les envois à destination du Chili, y compris les Lettres "
        "internationales contenant des marchandises.",
        "We suspend items to Chile, including letters containing goods.",
    ],
)
def test_letters_containing_goods_are_goods(text):
    assert classify("Notice", text).categories == ["all_goods"]


def test_a_footer_bar_opened_by_a_question_is_no_topic():
    result = classify(
        "Service alert",
        "Shipments to Qatar may experience delays; shipments are subject to our Terms and "
        "Conditions of Service.\n\nWas this information helpful? | Contact Us | Terms and "
        "Conditions of Service | Privacy Notice | Cookie Settings",
    )
    assert result.relevant
    assert result.change_kind == "delay"


# --- the third batch: tenders, Polish names of US territories, others' stops ------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Avis de marché : fourniture de fourgonnettes électriques",
            "Procédure négociée avec publication préalable. Lot 1 : Bruxelles | Lot 2 : "
            "Grand-Duché de Luxembourg. Date limite de réception des demandes de participation : "
            "14/04. Rectificatif : la procédure est suspendue jusqu'au 31/03. Les documents du "
            "marché sont disponibles sur la plateforme e-Procurement.",
        ),
        (
            "Call for tenders: sorting equipment",
            "Invitation to tender for the supply of parcel sorting machines to our hub in "
            "Luxembourg. The deadline for requests to participate is suspended until 31 March; "
            "the contract notice and the tender documents are on the public procurement portal.",
        ),
    ],
)
def test_a_tender_notice_is_irrelevant(title, text):
    assert not classify(title, text).relevant


def test_polish_names_of_the_us_territories_in_their_cases():
    result = classify(
        "Zawieszenie przyjmowania przesyłek z towarami do USA",
        "Poczta Polska zawiesza przyjmowanie przesyłek zawierających towary do USA. "
        "Zawieszenie dotyczy również terytoriów zależnych USA: Portoryko, Guam, Wysp "
        "Dziewiczych Stanów Zjednoczonych, Samoa Amerykańskiego oraz Marianów Północnych.",
    )
    assert result.destinations == ["AS", "GU", "MP", "PR", "US", "VI"]


def test_others_stops_beside_a_service_that_goes_on_are_not_the_senders():
    result = classify(
        "Shipping to Chile: what you need to know",
        "Acme Post continues to accept and deliver letters and parcels to Chile. Our services "
        "to Chile are not suspended.\n\nOther postal operators around the world have "
        "temporarily suspended parcels to Chile. That is not the case for Acme Post.",
    )
    assert result.change_kind == "informational"


def test_others_stops_are_news_when_nothing_is_said_to_go_on():
    """The guard: a notice of others' stops alone still reports a stop."""
    result = classify(
        "Mail to Chile",
        "Several postal operators have suspended acceptance of parcels to Chile.",
    )
    assert result.change_kind == "suspension"


# --- mends from the review of sessions 14's rules: each a sentence the first rules got wrong --


@pytest.mark.parametrize(
    "clause",
    [
        "this does not affect letters",
        "it is not yet known when normal service will resume",
        "das Briefgeschäft ist nicht betroffen",
    ],
)
def test_a_clause_after_a_semicolon_that_names_its_own_subject_keeps_the_place(clause):
    result = classify(
        "Notice",
        f"Parcels to Peru are suspended from 1 May; {clause}. Mail to Chile is suspended too.",
    )
    assert result.destinations == ["CL", "PE"]


def test_an_answer_with_news_of_its_own_keeps_the_place_asked_about():
    result = classify(
        "Sending goods to Chile from 1 March",
        "From 1 March all items containing goods sent to Chile will need a customs "
        "declaration.\n\nSending to Norway? Parcels are also suspended from 1 May; letters "
        "are not affected.",
    )
    assert result.destinations == ["CL", "NO"]


@pytest.mark.parametrize(
    "text",
    [
        "Weitere Hinweise: Ab 1. Juni benötigen alle Warensendungen nach Chile eine "
        "elektronische Zollinhaltserklärung.",
        "More news: from 1 June, lithium batteries can no longer be sent to Chile.",
    ],
)
def test_a_sentence_of_news_after_a_heading_word_is_no_list_of_links(text):
    result = classify("Notice", text)
    assert result.relevant
    assert result.destinations == ["CL"]


def test_a_list_of_other_notices_ends_at_a_sentence_of_news():
    result = classify(
        "Service update",
        "Shipments to Fiji may experience delays.\n\nOther news\n- Mail to Samoa is suspended "
        "from 1 June because no flights are available to carry it.",
    )
    assert result.destinations == ["FJ", "WS"]


def test_a_link_heading_is_found_in_a_text_with_a_dotted_capital_i():
    result = classify(
        "İzmir hub: shipments to Fiji delayed",
        "Shipments to Fiji may experience delays.\n\nSee also: Tariffs | Sending to Peru",
    )
    assert result.destinations == ["FJ"]


@pytest.mark.parametrize(
    "text",
    [
        "Sospese le spedizioni di pacchi verso Israele. Restano accettati solo i documenti.",
        "Parcels to Israel are suspended. Items are still accepted only if they contain documents.",
    ],
)
def test_only_documents_still_accepted_are_exempt(text):
    assert classify("Notice", text).categories == ["all_goods"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Due to airline restrictions, the maximum weight for parcels to Israel is now 5 kg.",
         "restriction"),
        ("Airlines serving Peru have restricted the carriage of lithium batteries.", "restriction"),
    ],
)  # fmt: skip
def test_a_transport_restriction_without_a_delay_beside_it_stays_a_restriction(text, kind):
    assert classify("Notice", text).change_kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Mail to Peru was suspended on 3 March because of the strike. From today it can be "
        "sent again. Mail to Chile is also accepted again.",
        "Correos reanuda los envíos a Chile. Los envíos a Perú estaban suspendidos desde "
        "marzo. Desde hoy vuelven a admitirse.",
    ],
)
def test_a_place_whose_stop_ended_is_where_service_resumes(text):
    assert classify("Reanudación / resumption", text).destinations == ["CL", "PE"]


def test_a_resumption_in_doubt_keeps_its_places():
    """The guard: when the opposite votes weigh nearly as much, the kind is in doubt."""
    result = classify(
        "Notice", "Service to Chile has resumed. The suspension of service to Peru ended on 5 May."
    )
    assert result.destinations == ["CL", "PE"]


def test_a_stop_that_has_continued_throughout_is_still_a_stop():
    result = classify(
        "Notice",
        "The suspension of mail to Peru and Bolivia has continued throughout May. Mail to "
        "Chile is now also suspended.",
    )
    assert result.destinations == ["BO", "CL", "PE"]


def test_an_allowance_that_was_withdrawn_and_is_reinstated_is_a_duty_change():
    result = classify(
        "Notice",
        "The duty-free allowance for gifts to Chile that was withdrawn in March is reinstated "
        "from 1 May.",
    )
    assert result.change_kind == "duty_tax_change"


def test_lead_acid_batteries_are_no_lithium_batteries():
    result = classify(
        "Notice", "Od 1 marca akumulatory kwasowo-ołowiowe do Chile nie są przyjmowane."
    )
    assert "lithium_batteries" not in result.categories


# --- the fifth batch: regions, Turkish suffixes and verbs, topics in more languages -------


def test_the_eurasian_economic_union_expands_to_its_members():
    result = classify(
        "С 1 января снижается порог беспошлинного ввоза",
        "С 1 января во всех государствах – членах Евразийского экономического союза порог "
        "беспошлинного ввоза товаров в посылках снижается до 200 евро.",
    )
    assert result.destinations == ["AM", "BY", "KG", "KZ", "RU"]


def test_the_gulf_cooperation_council_in_arabic_expands_to_its_members():
    result = classify(
        "تأخيرات محتملة في الشحنات إلى دول مجلس التعاون الخليجي",
        "قد تتأخر الشحنات إلى دول مجلس التعاون الخليجي بسبب إغلاق المجال الجوي.",
    )
    assert result.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_a_turkish_ablative_after_n_is_an_origin():
    result = classify(
        "Muafiyet sınırı düşürüldü",
        "Posta yoluyla gelen eşyada muafiyet sınırı 30 avroya düşürüldü; Avrupa Birliği'nden "
        "gelen eşya için oranlar güncellendi.",
    )
    assert "DE" not in result.destinations


def test_a_turkish_stop_in_the_perfect_with_products_is_a_suspension():
    result = classify(
        "Kanada ile ticari işlemler",
        "Kanada ile ilgili tüm ürünleri kapsayacak şekilde ihracat işlemleri durdurulmuştur.",
    )
    assert result.relevant
    assert result.change_kind == "suspension"
    assert result.destinations == ["CA"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "ग्रामीण डाक सेवक ऑनलाइन भर्ती: प्रथम मेरिट सूची जारी",
            "ग्रामीण डाक सेवक के पदों के लिए भर्ती की प्रथम मेरिट सूची जारी कर दी गई है। चयनित "
            "उम्मीदवारों की नियुक्ति निलंबित नहीं है; किसी भी देरी की स्थिति में संपर्क करें।",
        ),
        (
            "Почта подвела итоги 2023 года",
            "Выручка компании выросла на 7%. Чистая прибыль увеличилась. В течение года была "
            "приостановлена работа ряда временных отделений в малых населенных пунктах.",
        ),
    ],
)
def test_recruitment_and_yearly_results_in_more_languages_are_irrelevant(title, text):
    assert not classify(title, text).relevant


# --- the sixth batch: Arabic "and" written onto a name, governments as publishers -------


def test_an_arabic_alias_with_and_written_onto_it():
    result = classify(
        "استئناف تبادل البريد",
        "يعلن البريد عن استئناف قبول وإرسال المواد البريدية إلى السعودية والإمارات والبحرين.",
    )
    assert result.destinations == ["AE", "BH", "SA"]


@pytest.mark.parametrize("header", ["Government of India", "भारत सरकार"])
def test_a_government_over_a_press_release_is_its_publisher(header):
    result = classify(
        "Postal services to Chile suspended",
        f"Press Information Bureau\n{header}\nMinistry of Communications\n\nThe Department of "
        "Posts has suspended the booking of all postal articles to Chile from 25 August.",
    )
    assert result.destinations == ["CL"]


def test_a_government_that_changes_its_own_rules_is_a_destination():
    """The guard: a government named in a sentence is the place whose rules change."""
    result = classify(
        "New import rules",
        "The Government of Chile will require an electronic customs declaration for every "
        "parcel from 1 March.",
    )
    assert result.destinations == ["CL"]


# --- mends from a second review -----------------------------------------------------------


def test_a_sender_that_names_its_own_stop_is_no_other_operator():
    result = classify(
        "Israel: service suspended",
        "Deutsche Post has suspended the acceptance of letters and parcels to Israel until "
        "further notice. Deliveries within Germany continue as normal and DHL Express "
        "continues to operate normally.",
    )
    assert result.change_kind == "suspension"


@pytest.mark.parametrize(
    "footer",
    [
        "Related: Country Conditions for Mailing - Dominican Republic",
        "See also: Service alerts for Peru, Bolivia and Ecuador",
    ],
)
def test_a_long_link_title_without_a_full_stop_is_a_link(footer):
    result = classify(
        "Service alert: storm in Fiji",
        f"Shipments to Fiji may experience delays of several days.\n\n{footer}",
    )
    assert result.destinations == ["FJ"]


def test_a_turkish_ablative_that_is_no_origin_of_goods_keeps_the_destination():
    result = classify(
        "ABD'ye gönderiler",
        "Amerika Birleşik Devletleri'nden kaynaklanan gümrük düzenlemeleri nedeniyle ABD'ye "
        "ticari eşya içeren gönderiler kabul edilmeyecektir.",
    )
    assert result.destinations == ["US"]


def test_a_place_that_stays_stopped_after_it_was_stopped_is_left_out_of_a_resumption():
    result = classify(
        "Service resumes to Armenia",
        "С 1 июня возобновлён приём посылок в Армению. Отправления в Грузию, которые были "
        "приостановлены в марте, по-прежнему не принимаются.",
    )
    assert result.destinations == ["AM"]


def test_german_present_werden_is_no_past():
    result = classify(
        "Pakete nach Israel wieder möglich",
        "Ab sofort nehmen wir wieder Pakete nach Israel an. Die Dienste in den Libanon und nach "
        "Syrien werden eingestellt.",
    )
    assert result.destinations == ["IL"]


def test_a_place_asked_about_and_not_affected_by_the_suspension_is_left_out():
    result = classify(
        "Chile: parcels suspended",
        "From 1 May parcels to Chile are suspended.\n\nSending to Argentina or Peru? Your parcels "
        "are not affected by the suspension and will be delivered as usual.",
    )
    assert result.destinations == ["CL"]


def test_a_transport_restriction_with_the_delay_in_the_next_sentence_is_its_cause():
    result = classify(
        "Service alert",
        "Flight restrictions remain in place over the region. Shipments to Israel may be "
        "delayed by several days.",
    )
    assert result.change_kind == "delay"


@pytest.mark.parametrize(
    "clause", ["cela reste inchangé", "esto sigue sin cambios", "dies gilt unverändert"]
)
def test_more_clauses_that_say_the_one_before_is_unchanged(clause):
    result = classify(
        "Service alert",
        "Shipments to Qatar are delayed by 24 hours. Shipments to Cuba are not accepted; "
        f"{clause}.",
    )
    assert result.destinations == ["QA"]


def test_a_stop_that_ended_is_lifted():
    result = classify(
        "Notice", "Service to Chile has resumed. The suspension of service to Peru ended on 5 May."
    )
    assert result.change_kind == "resumption"


def test_a_company_figure_beside_a_turkish_stop_leaves_it_news():
    result = classify(
        "PTT, ABD'ye ticari gönderi kabulünü durdurdu",
        "29 Ağustos itibarıyla ABD'ye ticari eşya içeren gönderilerin kabulü geçici olarak "
        "durdurulmuştur. Şirketin yıllık gelirler açıklaması ise ayrıca yapılacaktır.",
    )
    assert result.relevant
    assert result.destinations == ["US"]
