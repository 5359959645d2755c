"""What a page asks, links to or tells as history is not its news: FAQ questions, "Related
links" lists, "had been suspended"; and heads of dated updates that give no year."""

from __future__ import annotations

from monitor.classify import classify

FAQ = (
    "Parcels to Mexico are accepted and delivered as usual.\n\n"
    "Frequently asked questions\n"
    "Will my parcels to Mexico be delayed?\nWe expect normal delivery times.\n"
    "Are there any changes to prohibited items for Mexico?\nThe list is the same as before."
)


def test_stops_named_only_in_faq_questions_are_not_the_news() -> None:
    r = classify("Shipping to Mexico", FAQ, source_kind="postal")
    assert r.change_kind == "informational"
    assert r.destinations == ["MX"]


def test_the_same_words_as_statements_are_a_suspension() -> None:
    text = "We have suspended all parcel services to Mexico until further notice."
    r = classify("Shipping to Mexico", text, source_kind="postal")
    assert r.change_kind == "suspension"


LINKS_PAGE = (
    "Parcels to Chile continue to move as normal.\n\n"
    "Related links\n"
    "- Prohibited and non-mailable items\n"
    "- Suspended destinations\n"
    "- Customs forms"
)


def test_names_of_linked_pages_are_no_change() -> None:
    r = classify("Shipping to Chile", LINKS_PAGE, source_kind="postal")
    assert r.change_kind == "informational"


def test_a_pointer_to_a_page_of_prohibited_items_is_no_ban() -> None:
    text = (
        "Mail to Peru continues as normal. Check our prohibited and non-mailable items page "
        "before you send, especially for food and batteries."
    )
    r = classify("Peru: service update", text, source_kind="postal")
    assert r.change_kind == "informational"


def test_the_same_list_as_the_news_still_counts() -> None:
    text = "From 1 May, we no longer accept parcels to Chile. Letters are not affected."
    r = classify("Shipping to Chile", text, source_kind="postal")
    assert r.change_kind == "suspension"
    assert r.destinations == ["CL"]


RESUMES = (
    "The post will resume booking of all parcels to Brazil, including small packets containing "
    "goods, with effect from 3rd March 2026.\n\n"
    "Booking of parcels to Brazil had been suspended from 10th January 2026 after the new "
    "import rules took effect. The post regrets the inconvenience."
)


def test_a_dated_resumption_is_the_news_and_the_earlier_stop_history() -> None:
    r = classify("Post to resume parcel services to Brazil from 3rd March 2026", RESUMES)
    assert r.change_kind == "resumption"
    assert r.destinations == ["BR"]


def test_an_aim_to_resume_without_a_date_stays_weak() -> None:
    text = (
        "Parcels to Brazil are suspended. We are working with our partners to resume the "
        "service as soon as possible."
    )
    r = classify("Brazil", text)
    assert r.change_kind == "suspension"


def test_the_stop_told_without_had_is_the_news() -> None:
    r = classify("Brazil", RESUMES.split("\n\n")[1].replace("had been", "has been"))
    assert r.change_kind == "suspension"


DATED_NO_YEAR = (
    "October 31 update\n"
    "Inbound shipments to Jamaica should expect delays of several business days.\n\n"
    "October 29 update\n"
    "Pickup and delivery services across Jamaica and Cuba are temporarily suspended."
)


def test_update_heads_without_a_year_keep_the_older_items_as_history() -> None:
    r = classify("Hurricane – Caribbean service impacts", DATED_NO_YEAR, source_kind="carrier")
    assert r.change_kind == "delay"
    assert r.destinations == ["JM"]


def test_a_date_without_year_or_update_word_opens_no_item() -> None:
    text = (
        "Inbound shipments to Jamaica should expect delays.\n"
        "June 3 – we have suspended all services to Cuba."
    )
    r = classify("Caribbean service", text, source_kind="carrier")
    assert "CU" in r.destinations


def test_job_adverts_full_of_customs_words_are_irrelevant() -> None:
    text = (
        "Border Services Officer Trainee – International Mail Centre\n"
        "Who can apply: residents of the country.\n"
        "Duties\n- Examine international mail arriving in the country\n"
        "- Identify prohibited goods and assess duties and taxes on postal imports\n"
        "Essential qualifications\n- Secondary school diploma\n"
        "Conditions of employment\nShift work; salary upon completion of training.\n"
        "Selection process: written test and interview. We are committed to employment equity."
    )
    r = classify("Border Services Officer Trainee", text, source_kind="customs")
    assert r.relevant is False


def test_declarations_that_must_be_made_are_a_new_requirement() -> None:
    text = (
        "Find out about the safety and security declarations that must be made for goods moved "
        "from the EU into Great Britain from 31 January 2026."
    )
    r = classify("Safety and security declarations for goods moved to Great Britain", text)
    assert r.change_kind == "new_requirement"
    assert r.destinations == ["GB"]


def test_spanish_goods_that_must_be_declared_are_a_new_requirement() -> None:
    text = (
        "A partir del 1 de marzo de 2026, las mercancías que ingresen a Chile por empresas de "
        "mensajería deberán declararse con el número de identificación del destinatario."
    )
    r = classify("Nuevos requisitos para importaciones", text, source_kind="customs", origin="CL")
    assert r.change_kind == "new_requirement"
    assert r.destinations == ["CL"]
