"""Causes behind the misses of blind set 235 (Greek, Turkish, Italian, Maltese, Albanian,
Macedonian, Bosnian), session 48.

Each sentence is our own, written as a post, courier or customs office of the region could
publish it: names of countries in Albanian, Macedonian and Maltese, territories a country is
said to include, and one category of goods restricted while others stay allowed."""

from __future__ import annotations

from monitor.classify import classify


def _got(title: str, text: str, origin: str | None = None, kind: str | None = None):
    return classify(title, text, origin=origin, source_kind=kind)


# Names of countries in Albanian (with the article written on), Macedonian and Maltese (a Maltese
# one below, with the Maltese words of a delay)


def test_albanian_names_with_the_article_are_destinations() -> None:
    got = _got(
        "Dërgesat drejt Gjermanisë dhe Austrisë",
        "Nga 1 qershori dërgesat me destinacion Gjermaninë dhe Austrinë nuk pranohen.",
        "AL",
        "postal",
    )
    assert got.destinations == ["AT", "DE"]


def test_macedonian_country_name_is_a_destination() -> None:
    got = _got(
        "Доцнење на пратките за Франција",
        "Поради штрајк во Франција можни се доцнења во испораката на пакетите упатени за Франција.",
        "MK",
        "postal",
    )
    assert got.destinations == ["FR"]


# Territories a country is said to include, in Greek


def test_greek_territories_included_in_the_united_states_are_destinations() -> None:
    got = _got(
        "Αναστολή αποστολών προς τις ΗΠΑ",
        "Αναστέλλεται η αποδοχή δεμάτων προς τις Ηνωμένες Πολιτείες Αμερικής, "
        "συμπεριλαμβανομένων του Πουέρτο Ρίκο και των Αμερικανικών Παρθένων Νήσων.",
        "GR",
        "postal",
    )
    assert got.destinations == ["PR", "US", "VI"]


# Kinds of change in Albanian, Macedonian, Maltese and Italian; recruitment in Macedonian


def test_maltese_country_name_after_its_article_is_a_destination() -> None:
    got = _got(
        "Dewmien fil-posta",
        "MaltaPost tinforma li l-pakketti indirizzati lejn l-Awstrija jistgħu jdumu ftit "
        "jiem aktar minħabba strajk.",
        "MT",
        "postal",
    )
    assert got.destinations == ["AT"]


def test_macedonian_acceptance_only_under_conditions_is_a_restriction() -> None:
    got = _got(
        "Нови услови за пратки со батерии",
        "Од 1 октомври пратките со литиумски батерии за Австралија ќе се примаат само под "
        "следниве услови: батеријата мора да биде вградена во уредот.",
        "MK",
        "postal",
    )
    assert (got.change_kind, got.destinations) == ("restriction", ["AU"])


def test_macedonian_parcels_accepted_again_is_a_resumption() -> None:
    got = _got(
        "Прифаќање на пратки за Израел",
        "Од 10 мај повторно се прифаќаат писма и пакети за Израел.",
        "MK",
        "postal",
    )
    assert (got.change_kind, got.destinations) == ("resumption", ["IL"])


def test_maltese_service_starting_again_is_a_resumption() -> None:
    got = _got(
        "Il-pakketti lejn il-Libja",
        "MaltaPost tinforma li l-aċċettazzjoni ta' pakketti indirizzati lejn il-Libja terġa' "
        "tibda mill-15 ta' Mejju.",
        "MT",
        "postal",
    )
    assert got.change_kind == "resumption"


def test_maltese_service_running_as_usual_is_informational() -> None:
    got = _got(
        "Il-posta lejn Franza",
        "Minkejja l-istrajk fi Franza, l-ittri u l-pakketti lejn Franza qed jintbagħtu "
        "bħas-soltu. M'hemm l-ebda sospensjoni tas-servizz.",
        "MT",
        "postal",
    )
    assert (got.relevant, got.change_kind) == (True, "informational")


def test_albanian_clearance_only_with_documents_is_a_new_requirement() -> None:
    got = _got(
        "Njoftim për barnat",
        "Nga 1 maji, pakot që hyjnë në Shqipëri dhe përmbajnë barna do të zhdoganohen vetëm "
        "nëse shoqërohen me recetën mjekësore.",
        "AL",
        "customs",
    )
    assert (got.change_kind, got.destinations) == ("new_requirement", ["AL"])


def test_italian_accepted_exclusively_by_road_is_a_restriction() -> None:
    got = _got(
        "Spedizioni di batterie verso la Svizzera",
        "Dal 1° aprile le spedizioni con batterie al litio dirette in Svizzera saranno accettate "
        "esclusivamente con il servizio su strada.",
        "IT",
        "postal",
    )
    assert (got.change_kind, got.destinations) == ("restriction", ["CH"])


def test_macedonian_job_advert_of_customs_is_irrelevant() -> None:
    got = _got(
        "Оглас за вработување",
        "Царинската управа објавува јавен оглас за вработување на 12 царински службеници во "
        "царинската испостава Пошта Скопје. Кандидатите треба да имаат искуство со пратки.",
        "MK",
        "customs",
    )
    assert got.relevant is False


# One category restricted while others stay allowed; seeds and plants in Albanian


def test_turkish_goods_whose_practice_has_not_changed_are_no_category() -> None:
    got = _got(
        "Nargile ithalatı",
        "Posta yoluyla gelen gönderilerde nargile ithaline 1 Eylül tarihinden itibaren izin "
        "verilmeyecektir. Parfümlere ilişkin uygulama değişmemiştir.",
        "TR",
        "customs",
    )
    assert got.categories == ["tobacco_vapes"]


def test_bosnian_goods_accepted_without_change_are_no_category() -> None:
    got = _got(
        "Ograničenja za slanje lijekova u Austriju",
        "Od 1. marta pošiljke koje sadrže lijekove upućene u Austriju primaju se isključivo uz "
        "recept. Kozmetika i parfemi primaju se bez promjena.",
        "BA",
        "postal",
    )
    assert got.categories == ["medicines"]


def test_maltese_parcels_resume_while_letters_went_on_is_goods_only() -> None:
    got = _got(
        "Il-pakketti lejn il-Libja",
        "MaltaPost tinforma li l-aċċettazzjoni ta' pakketti lejn il-Libja terġa' tibda. L-ittri "
        "baqgħu jintlaqgħu matul dan iż-żmien kollu.",
        "MT",
        "postal",
    )
    assert (got.change_kind, got.categories) == ("resumption", ["all_goods"])


def test_albanian_medicines_need_a_prescription() -> None:
    got = _got(
        "Njoftim për barnat",
        "Nga 1 maji, pakot që hyjnë në Shqipëri dhe përmbajnë barna do të zhdoganohen vetëm "
        "nëse shoqërohen me recetën mjekësore.",
        "AL",
        "customs",
    )
    assert got.categories == ["medicines"]


def test_albanian_seeds_and_plants_are_their_category() -> None:
    got = _got(
        "Pezullim i përkohshëm i dërgesave me bimë",
        "Posta njofton se pezullohet pranimi i dërgesave që përmbajnë farëra dhe bimë të "
        "gjalla me destinacion Francën. Dërgesat me kozmetikë pranohen normalisht.",
        "AL",
        "postal",
    )
    assert got.categories == ["animals_plants"]


# A stop of one category said to be for a time, in Greek and Albanian: a pause, not a ban


def test_greek_temporary_stop_of_lithium_batteries_is_a_suspension() -> None:
    got = _got(
        "Προσωρινή αναστολή αποδοχής δεμάτων με μπαταρίες λιθίου προς τον Καναδά",
        "Αναστέλλεται η αποδοχή δεμάτων που περιέχουν μπαταρίες λιθίου με προορισμό τον Καναδά.",
        "GR",
        "postal",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["CA"])


def test_albanian_seeds_and_plants_stopped_for_a_time_are_a_suspension() -> None:
    got = _got(
        "Pezullim i përkohshëm i dërgesave me bimë",
        "Posta njofton se pezullohet pranimi i dërgesave që përmbajnë farëra dhe bimë të "
        "gjalla me destinacion Francën. Dërgesat me kozmetikë pranohen normalisht.",
        "AL",
        "postal",
    )
    assert (got.change_kind, got.categories) == ("suspension", ["animals_plants"])


# The Gulf states in Greek; a delay of domestic mail in Greek; fewer delays as a goal in Turkish


def test_greek_gulf_cooperation_council_expands_to_its_members() -> None:
    got = _got(
        "Απαγόρευση αποστολής αρωμάτων προς τις χώρες του Κόλπου",
        "Από 1 Απριλίου απαγορεύεται η αποστολή αρωμάτων προς τα κράτη μέλη του Συμβουλίου "
        "Συνεργασίας του Κόλπου.",
        "GR",
        "postal",
    )
    assert got.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_greek_delay_of_domestic_mail_only_is_no_delay_abroad() -> None:
    got = _got(
        "Απεργία στον Πειραιά",
        "Λόγω της απεργίας, ενδέχεται καθυστέρηση στις εσωτερικές αποστολές προς τα νησιά. Οι "
        "αποστολές προς Κύπρο πραγματοποιούνται κανονικά.",
        "GR",
        "postal",
    )
    assert (got.change_kind, got.destinations) == ("informational", ["CY"])


def test_turkish_reducing_delays_as_a_goal_is_no_delay() -> None:
    got = _got(
        "Yeni aktarma merkezi açıldı",
        "PTT, Ankara'daki yeni aktarma merkezini hizmete açtı. Genel Müdür, gecikmeleri azaltmak "
        "için yurt dışı gönderilerde yeni hatlar planladıklarını söyledi.",
        "TR",
        "postal",
    )
    assert got.relevant is False
