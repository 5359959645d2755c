"""Session 75, from blind sets 439-444 (South Asia, Latin America, the Nordics and Baltics,
express carriers, the Balkans, customs rules) and the read sets' misses."""

from __future__ import annotations

import pytest

from tests.classify_check import EU27
from tests.classify_check import check_kind as _check

_EU = EU27


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "AE",
            "carrier",
            "تأخيرات في توصيل الشحنات إلى الكويت خلال عطلة عيد الأضحى",
            "عطلة عيد الأضحى المبارك\n\nتغلق الجمارك في الكويت أبوابها خلال العطلة، لذلك قد "
            "تصل الشحنات الواردة إليها متأخرة بثلاثة أيام عمل.\n\nاليوم | الحالة\n"
            "الأحد | عطلة رسمية\nالاثنين | عطلة رسمية\n\nنتمنى لكم عيداً سعيداً.",
            "delay",
            ["KW"],
            id="ar-delays-in-the-plural-over-a-holiday-table",
        ),
        pytest.param(
            "HR",
            "postal",
            "Kašnjenja pošiljaka iz trećih zemalja",
            "Pošiljke koje primatelji u Hrvatskoj primaju iz zemalja izvan Europske unije "
            "(npr. Kina, Turska, Srbija) kasnit će do pet dana zbog pojačanih carinskih "
            "provjera.",
            "delay",
            ["HR"],
            id="hr-npr-lists-origins-recipients-in-croatia",
        ),
        pytest.param(
            "NP",
            "postal",
            "युरोपेली संघका लागि लिथियम ब्याट्री प्रतिबन्ध",
            "२०८४ वैशाख १ देखि युरोपेली संघका सदस्य राष्ट्रहरूमा पठाइने पार्सलमा लिथियम "
            "ब्याट्री पूर्ण रूपमा प्रतिबन्धित हुनेछ।",
            "prohibited_items",
            _EU,
            id="ne-the-european-union-with-a-suffix",
        ),
        pytest.param(
            "BD",
            "postal",
            "ইউরোপীয় ইউনিয়নে শুঁটকি মাছ পাঠানো নিষিদ্ধ",
            "১ মে ২০২৭ থেকে ইউরোপীয় ইউনিয়নভুক্ত সকল দেশে ডাকযোগে শুঁটকি মাছ পাঠানো নিষিদ্ধ থাকবে।",
            "prohibited_items",
            _EU,
            id="bn-the-european-union",
        ),
        pytest.param(
            "LK",
            "postal",
            "කැනඩාව සඳහා තැපැල් සේවා යළි ආරම්භ කිරීම",
            "වැඩ වර්ජනය හේතුවෙන් අත්හිටුවා තිබූ කැනඩාව සඳහා පාර්සල් භාර ගැනීම 2027 ජනවාරි 10 සිට යළි ආරම්භ කෙරේ.",
            "resumption",
            ["CA"],
            id="si-yali-arambha-resumes",
        ),
        pytest.param(
            "PK",
            "postal",
            "سعودی عرب کے لیے ڈاک سروس معمول کے مطابق جاری",
            "سوشل میڈیا پر گردش کرنے والی ان خبروں میں کوئی صداقت نہیں کہ سعودی عرب کے لیے "
            "ڈاک کی بکنگ بند کر دی گئی ہے۔ سعودی عرب کے لیے پارسل اور خطوط کی بکنگ معمول کے "
            "مطابق جاری ہے۔\nمتعلقہ اعلامیہ: یمن کے لیے ڈاک کی بکنگ کی معطلی",
            "informational",
            ["SA"],
            id="ur-denied-rumour-over-a-related-notice-line",
        ),
        pytest.param(
            "IN",
            "postal",
            "बांग्लादेश से आने वाली डाक का आदान-प्रदान निलंबित",
            "अगले आदेश तक बांग्लादेश से आने वाली सभी श्रेणियों की डाक और पार्सल का "
            "आदान-प्रदान तत्काल प्रभाव से निलंबित किया जाता है।",
            "suspension",
            ["IN"],
            id="hi-mail-coming-from-a-country-is-inbound",
        ),
        pytest.param(
            "MT",
            "postal",
            "Avviż: Projbizzjoni ġdida fuq il-vapes lejn l-Awstralja",
            "Mill-1 ta' Marzu 2027 l-Awstralja se tipprojbixxi l-importazzjoni permezz tal-posta "
            "ta' sigaretti elettroniċi. Projbizzjoni tapplika għall-pakketti kollha.",
            "prohibited_items",
            ["AU"],
            id="mt-projbizzjoni",
        ),
        pytest.param(
            "SE",
            "postal",
            "Norge: VOEC-nummer på paket",
            "Från 1 oktober ska paket från webbutiker registrerade i Norges momssystem VOEC ha "
            "VOEC-numret i tulldeklarationen. Norsk moms på 25 % tas ut på alla varor och "
            "hanteringsavgiften för moms är 99 NOK.",
            "new_requirement",
            ["NO"],
            id="sv-voec-number-is-a-requirement-beside-vat",
        ),
    ],
)
def test_places_and_kinds_of_changes(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text"),
    [
        pytest.param(
            "KR",
            "customs",
            "2027년도 관세청 공개경쟁채용시험 시행계획 공고",
            "관세청에서 국제우편물 검사 업무를 담당할 공무원을 다음과 같이 채용합니다.\n"
            "모집 분야 | 직급 | 인원\n우편물 검사 | 관세직 9급 | 5명\n"
            "응시 자격: 관세사 자격 소지자 우대. 업무 정지 기간은 없습니다.",
            id="ko-recruitment-exam-of-customs-officials",
        ),
        pytest.param(
            "ME",
            "postal",
            "Saopštenje povodom presude Privrednog suda",
            "Privredni sud donio je presudu kojom je usvojen tužbeni zahtjev pošte protiv "
            "prevoznika zbog kašnjenja u otpremi paketa 2021. godine. Presuda nije "
            "pravosnažna.",
            id="cnr-judgment-of-the-commercial-court",
        ),
        pytest.param(
            "US",
            "customs",
            "CSMS # 1234 - Filing guidance for ocean containerized entries",
            "The additional duty on aluminum articles increases to 50% for goods entered on or "
            "after March 1. Importers of record must report the aluminum content of "
            "containerized cargo separately.",
            id="en-guidance-for-containerized-entries",
        ),
        pytest.param(
            "SE",
            "customs",
            "Tullverket stoppade 12 000 förfalskade parfymer i Malmö hamn",
            "Vid en kontroll av en container som anlänt från Kina hittade Tullverket 12 000 "
            "flaskor parfym med förfalskade varumärken. Ärendet har överlämnats till åklagare.",
            id="sv-seizure-of-counterfeits",
        ),
        pytest.param(
            "LT",
            "postal",
            "Muitinės deklaravimo specialistas (-ė)",
            "Ieškome kolegos, kuris rūpintųsi iš trečiųjų šalių gaunamų siuntų muitinės "
            "procedūromis.\nTavo atsakomybės:\n- teikti importo deklaracijas (H7, IOSS) "
            "siuntoms iš Kinijos;\n- konsultuoti klientus dėl muitų, PVM ir draudžiamų siųsti "
            "daiktų.\nMes siūlome: lankstų darbo grafiką.",
            id="lt-job-advertisement",
        ),
    ],
)
def test_look_alikes_change_no_mail(origin: str, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant")


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "US",
            "postal",
            "International Mail Service Alert",
            "We have had notice from the following postal administrations (Israel, Lebanon, "
            "Jordan) that they cannot receive inbound mail. We are suspending acceptance of all "
            "mail destined for these countries.",
            "suspension",
            ["IL", "JO", "LB"],
            id="en-from-the-following-administrations-in-brackets",
        ),
        pytest.param(
            "RS",
            "postal",
            "Elektronska carinska deklaracija za pakete",
            "Od 1. aprila uvodimo obaveznu elektronsku carinsku deklaraciju za pakete za zemlje "
            "iz regiona (Bosna i Hercegovina, Crna Gora, Severna Makedonija).",
            "new_requirement",
            ["BA", "ME", "MK"],
            id="sr-countries-of-the-region-in-brackets",
        ),
        pytest.param(
            "AE",
            "postal",
            "لا توجد تأخيرات في الشحنات إلى قطر",
            "نود أن نطمئن عملاءنا بأنه لا توجد أي تأخيرات في إرسال الطرود إلى قطر، وتستمر "
            "الخدمة بشكل طبيعي.",
            "informational",
            ["QA"],
            id="ar-no-delays-in-the-plural",
        ),
        pytest.param(
            "PK",
            "postal",
            "بین الاقوامی پارسل سروس عارضی طور پر معطل",
            "تکنیکی مسائل کے باعث بیرون ملک بھیجے جانے والے تمام بین الاقوامی پارسلوں کی بکنگ "
            "دو دن کے لیے معطل رہے گی۔ صارفین سے آنے والی شکایات کے لیے ہیلپ لائن دستیاب ہے۔",
            "suspension",
            ["*"],
            id="ur-complaints-coming-from-customers-is-no-inbound-mail",
        ),
        pytest.param(
            "US",
            "customs",
            "CSMS # 1235 - Section 232 duties apply to postal shipments",
            "Effective March 1, Section 232 duties on steel and aluminum derivative products "
            "apply to all international postal shipments entering the United States.",
            "duty_tax_change",
            ["US"],
            id="en-section-232-on-postal-shipments",
        ),
    ],
)
def test_guards_from_the_review(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    """Probes that the first form of this session's rules got wrong (a bracket after any noun
    of origin, 'coming from' without mail, 'Section 232' as freight, 'no delays')."""
    _check(title, text, origin, source_kind, kind, codes)
