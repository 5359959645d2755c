"""Session 88, from blind sets 517-522: each case a notice written for one rule, its kind and
destinations checked."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check

# Kinds of change and destinations the new words and rules decide
_KINDS = [
    pytest.param(
        "JP",
        "postal",
        "Resumption of mail to Mali",
        "We resume acceptance of letters and parcels bound for Mali from 3 March. For Burkina "
        "Faso and Niger, please check the status table for each country.",
        "resumption",
        ["ML"],
        id="en-for-places-please-check-the-table",
    ),
    pytest.param(
        "ZA",
        "postal",
        "Pakkette uit die buiteland vertraag",
        "Pakkette en briewe uit die buiteland ondervind tans groot vertragings by die "
        "posverwerkingsentrum weens 'n agterstand.",
        "delay",
        ["ZA"],
        id="af-from-abroad-is-inbound",
    ),
    pytest.param(
        "PL",
        "postal",
        "Wstrzymanie wysyłki paczek na Litwę",
        "Od 1 marca wstrzymujemy przyjmowanie paczek kierowanych na Litwę i na Łotwę.",
        "suspension",
        ["LT", "LV"],
        id="pl-accusative-after-na",
    ),
    pytest.param(
        "PL",
        "postal",
        "Opóźnienia w doręczaniu przesyłek",
        "Przesyłki do odbiorców na Litwie i w Kanadzie mogą być doręczane z opóźnieniem do "
        "pięciu dni.",
        "delay",
        ["CA", "LT"],
        id="pl-locative-after-na-and-w",
    ),
    pytest.param(
        "BE",
        "postal",
        "Grève en Italie",
        "Les envois à destination de l'Italie et de la Cité du Vatican subiront des retards de "
        "livraison de plusieurs jours.",
        "delay",
        ["IT", "VA"],
        id="fr-cite-du-vatican-in-a-list",
    ),
    pytest.param(
        "FR",
        "postal",
        "Manifestation à Lyon : distribution du courrier suspendue jeudi",
        "En raison de la manifestation, la distribution des lettres et des colis sera suspendue "
        "jeudi dans le centre-ville. Les envois seront conservés dans nos centres de tri et "
        "distribués dès la reprise du service.",
        "suspension",
        ["FR"],
        id="fr-delivery-stopped-naming-no-place-is-at-home",
    ),
    pytest.param(
        "GB",
        "postal",
        "Delivery of parcels abroad may take longer",
        "Because of fewer flights, parcels sent abroad may take longer to be delivered.",
        "delay",
        ["*"],
        id="en-delivery-of-mail-abroad-is-everywhere",
    ),
    pytest.param(
        "AU",
        "postal",
        "China: temporary service changes over Lunar New Year",
        "Because of the Lunar New Year holiday, our Economy parcel service is temporarily "
        "unavailable for items to China from 1 to 15 February. Post offices are closed on 10 "
        "February for the holiday, and customs clearance in China is slower over the holiday.",
        "suspension",
        ["CN"],
        id="en-holiday-over-a-stop-to-a-place",
    ),
    pytest.param(
        "KR",
        "postal",
        "설 연휴 신선식품 소포 접수 중단",
        "1월 23일부터 전국 우체국에서 신선식품 소포 접수를 중단한다.\n\n■ 국제우편\n"
        "국제우편(EMS, 국제소포)은 평소와 같이 접수한다.",
        None,
        ["KR"],
        id="ko-international-mail-as-usual-is-a-change-at-home",
    ),
    pytest.param(
        "HR",
        "postal",
        "Zabrana slanja mesa u Ujedinjenu Kraljevinu",
        "Od 12. travnja u pošiljkama za Englesku i Škotsku više nije dopušteno slati meso i "
        "sir. Ostala ograničenja za slanje hrane u inozemstvo ostaju nepromijenjena.",
        "prohibited_items",
        ["GB"],
        id="hr-united-kingdom-declined",
    ),
    pytest.param(
        "PT",
        "other",
        "Envios para o Brasil: CPF obrigatório",
        "A partir de 1 de abril, as encomendas para o Brasil têm de indicar o CPF do "
        "destinatário. Para envios para Angola e Moçambique não há qualquer alteração.",
        "new_requirement",
        ["BR"],
        id="pt-nao-ha-qualquer-alteracao",
    ),
    pytest.param(
        "NL",
        "other",
        "PostNL accepteert weer pakketten naar Israël",
        "Vanaf maandag gaan brieven en pakketten naar Israël weer mee. Zendingen naar Libanon "
        "blijven opgeschort. Voor de Palestijnse gebieden worden nog steeds geen zendingen "
        "aangenomen.",
        "resumption",
        ["IL"],
        id="nl-accepteert-weer-and-blijven-opgeschort",
    ),
    pytest.param(
        "IT",
        "other",
        "Poste Italiane riattiva le spedizioni verso gli Stati Uniti",
        "Le spedizioni di merce verso gli Stati Uniti, sospese ad agosto, ripartono dal 6 "
        "ottobre con dazi pagati alla partenza.",
        "resumption",
        ["US"],
        id="it-riattiva",
    ),
    pytest.param(
        "GR",
        "postal",
        "Αποστολές προς το Ηνωμένο Βασίλειο",
        "Από 1η Ιανουαρίου όλα τα δέματα προς το Ηνωμένο Βασίλειο (και τη Βόρεια Ιρλανδία) "
        "πρέπει να συνοδεύονται από τελωνειακή διασάφηση CN22. Υπενθυμίζεται ότι οι αποστολές "
        "προς Ιρλανδία και Κύπρο παραμένουν ενδοκοινοτικές.",
        "new_requirement",
        ["GB"],
        id="el-northern-ireland-and-a-reminder",
    ),
    pytest.param(
        "TH",
        "postal",
        "แจ้งความล่าช้าในการส่งสิ่งของไปรษณีย์ไปยังประเทศบังกลาเทศ",
        "สิ่งของไปรษณีย์ที่ส่งไปยังบังกลาเทศอาจเกิดความล่าช้า "
        "สิ่งของบางส่วนที่ส่งผ่านศูนย์เปลี่ยนถ่ายที่สิงคโปร์อาจตกค้างชั่วคราว",
        "delay",
        ["BD"],
        id="th-transshipment-centre-is-transit",
    ),
    pytest.param(
        "GR",
        "postal",
        "Αναστολή αποστολών εμπορευμάτων προς τις ΗΠΑ",
        "Από τις 25 Αυγούστου αναστέλλεται η αποδοχή δεμάτων με εμπορεύματα προς τις ΗΠΑ. Η "
        "αναστολή ισχύει και για τις Αμερικανικές Παρθένοι Νήσοι.",
        "suspension",
        ["US", "VI"],
        id="el-us-virgin-islands-nominative-plural",
    ),
    pytest.param(
        "GR",
        "postal",
        "Καθυστερήσεις στη διανομή λόγω πυρκαγιών",
        "Λόγω των πυρκαγιών, η διανομή αλληλογραφίας και δεμάτων στη νότια Ρόδο "
        "πραγματοποιείται με καθυστερήσεις.",
        "delay",
        ["GR"],
        id="el-delivery-delayed-at-home",
    ),
]

# Notices that are no change for a sender
_RELEVANCE = [
    pytest.param(
        "GR",
        "customs",
        "Προσοχή σε παραπλανητικά μηνύματα",
        "Κυκλοφορούν παραπλανητικά μηνύματα που ζητούν την καταβολή δασμών για ένα δέμα από το "
        "εξωτερικό. Τα μηνύματα οδηγούν σε ψεύτικη ιστοσελίδα. Μην ακολουθήσετε τον σύνδεσμο.",
        "irrelevant",
        [],
        id="el-misleading-messages-and-fake-site",
    ),
    pytest.param(
        "VN",
        "postal",
        "Thông báo tạm dừng hệ thống tra cứu định vị bưu gửi để nâng cấp",
        "Từ 22h00 ngày 30/11 đến 04h00 ngày 01/12, hệ thống tra cứu định vị bưu gửi sẽ tạm dừng "
        "hoạt động. Hoạt động chấp nhận và phát bưu gửi vẫn diễn ra bình thường.",
        "irrelevant",
        [],
        id="vi-tracking-lookup-down-for-an-upgrade",
    ),
    pytest.param(
        "VN",
        "postal",
        "Temporary suspension of the parcel tracking system for an upgrade",
        "From 22:00 on 30 November to 04:00 on 1 December the parcel tracking system will be "
        "temporarily suspended. Acceptance and delivery of items continue as normal.",
        "irrelevant",
        [],
        id="en-tracking-system-down-for-an-upgrade",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "kind", "codes"), _KINDS)
def test_kind_and_destinations(
    origin: str, source_kind: str, title: str, text: str, kind: str | None, codes: list[str]
) -> None:
    if kind is None:  # a stop of one category (a ban or a stop: labels differ): only where
        got = classify(title, text, origin=origin, source_kind=source_kind)
        assert got.relevant
        assert got.destinations == codes
    else:
        _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "kind", "codes"), _RELEVANCE)
def test_no_change_for_a_sender(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    got = _check(title, text, origin, source_kind, kind, codes)
    assert not got.relevant
