"""Causes behind the misses of blind set 230 (Arabic, Hebrew, Turkish, Persian, French of the
Maghreb and West Africa, English of Africa and the Gulf), each checked with sentences of our
own: what a user reads off the alert (kind, destinations, categories)."""

from __future__ import annotations

from monitor.classify import classify

_ECOWAS_12 = ["BJ", "CI", "CV", "GH", "GM", "GN", "GW", "LR", "SL", "SN", "TG"]


def test_hebrew_cookie_banner_is_no_topic_of_holiday_hours() -> None:
    # a holiday's opening hours with a short lag after it; the site's banner in Hebrew holds
    # the English word "cookies" in brackets, which must not count as a topic of the page
    text = (
        "שעות הפעילות בסניפים בחג הסוכות:\n"
        "• ערב חג – הסניפים יפעלו בין השעות 08:00–13:00\n"
        "• חג ראשון – הסניפים סגורים\n"
        "• חול המועד – הסניפים יפעלו כרגיל\n"
        "בימי החג לא תתבצע חלוקת דברי דואר, ועלול להיווצר עיכוב של יום עד יומיים בחלוקה "
        "לאחר החג.\n"
        "עמדות הלוקרים יפעלו כרגיל.\n"
        "חג שמח!\n"
        "האתר משתמש בעוגיות (cookies) כדי לשפר את השירות."
    )
    got = classify("שעות הפעילות בחג הסוכות", text, origin="IL", source_kind="postal")
    assert not got.relevant
    assert got.change_kind == "irrelevant"


def test_persian_gulf_cooperation_council_expands_to_its_members() -> None:
    text = (
        "پذیرش مرسولات پستی بین‌المللی به مقصد کشورهای عضو شورای همکاری خلیج فارس از روز "
        "شنبه از سر گرفته شد."
    )
    got = classify("ازسرگیری پذیرش مرسولات", text, origin="IR", source_kind="postal")
    assert got.change_kind == "resumption"
    assert got.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_ecowas_expands_to_its_members_but_the_origin() -> None:
    text = (
        "From 1 June, ordinary parcels posted to ECOWAS Member States may weigh no more than "
        "15 kg. Letters are not affected."
    )
    got = classify("New parcel limits for ECOWAS", text, origin="NG", source_kind="postal")
    assert got.change_kind == "restriction"
    assert got.destinations == _ECOWAS_12


def test_cedeao_in_french_expands_too() -> None:
    text = (
        "À compter du 1er juin, les colis à destination des pays de la CEDEAO sont limités à "
        "15 kg par envoi."
    )
    got = classify("Nouvelles limites", text, origin="SN", source_kind="postal")
    assert got.change_kind == "restriction"
    assert "GH" in got.destinations and "NG" in got.destinations
    assert "SN" not in got.destinations and "ML" not in got.destinations


def test_sacu_expands_to_its_members_but_the_origin() -> None:
    text = (
        "With immediate effect, items containing fresh fruit cannot be accepted for delivery "
        "in the member states of the Southern African Customs Union."
    )
    got = classify("Fruit: SACU import ban", text, origin="ZA", source_kind="postal")
    assert got.destinations == ["BW", "LS", "NA", "SZ"]
    assert "food" in got.categories


def test_persian_all_foreign_destinations_is_every_destination() -> None:
    text = (
        "از تاریخ ۱ مهر ارسال خرما از طریق مرسولات پستی به تمامی مقاصد خارجی تنها تا سقف "
        "دو کیلوگرم مجاز است. این محدودیت شامل مرسولات به عراق و ترکیه نیز می‌شود."
    )
    got = classify("سقف جدید ارسال خرما", text, origin="IR", source_kind="postal")
    assert got.destinations == ["*"]


def test_arabic_drones_are_electronics() -> None:
    text = (
        "تفيد مجموعة البريد عملاءها بأن الكويت أضافت الطائرات بدون طيار وملحقاتها إلى قائمة "
        "المواد المحظور استيرادها عبر البريد اعتباراً من ١ مايو."
    )
    got = classify("حظر استيراد الطائرات بدون طيار", text, origin="AE", source_kind="postal")
    assert got.change_kind == "prohibited_items"
    assert got.categories == ["electronics"]


def test_persian_mobile_phones_are_electronics() -> None:
    text = "ارسال گوشی‌های تلفن همراه از طریق مرسولات پستی به مقصد آلمان از ۱ آبان ممنوع است."
    got = classify("ممنوعیت ارسال گوشی", text, origin="IR", source_kind="postal")
    assert "electronics" in got.categories


def test_french_courier_companies_are_no_letters() -> None:
    text = (
        "À compter du 1er avril, les médicaments reçus de l'étranger par voie postale ou par "
        "les sociétés de courrier express ne seront admis au dédouanement que dans la limite "
        "de deux boîtes par envoi."
    )
    got = classify("Médicaments : nouvelles limites", text, origin="MA", source_kind="customs")
    assert got.categories == ["medicines"]


def test_gifts_included_after_the_word_is_no_scope() -> None:
    for text in (
        "The import of skin-lightening cosmetics into Kenya is prohibited from 1 July. The ban "
        "applies to all postal items and express parcels, whatever their value, gifts included.",
        "L'importation au Sénégal des cosmétiques éclaircissants est interdite à compter du 1er "
        "juillet, quelle que soit la valeur des envois, cadeaux compris.",
    ):
        got = classify("Import ban: skin-lightening creams", text, source_kind="customs")
        assert got.change_kind == "prohibited_items"
        assert "gifts" not in got.categories
        assert "perfumes_cosmetics" in got.categories


def test_rumoured_stop_answered_by_a_clarification_of_normal_service() -> None:
    text = (
        "We have seen posts circulating on social media claiming that parcel services to "
        "Rwanda and Burundi have been suspended because of a new customs system. We wish to "
        "clarify that parcels and letters to Rwanda and Burundi continue to be accepted and "
        "dispatched as normal."
    )
    got = classify("Clarification: parcels to Rwanda", text, origin="KE", source_kind="postal")
    assert got.relevant
    assert got.change_kind == "informational"
    assert got.destinations == ["BI", "RW"]


def test_arabic_rumoured_stop_answered_in_the_same_unsplit_sentence() -> None:
    text = (
        "تداولت بعض المواقع أنباءً عن إيقاف الشحن البريدي إلى الأردن. ويود البريد التوضيح "
        "بأن قبول الطرود والرسائل إلى الأردن مستمر بشكل طبيعي في جميع الفروع."
    )
    got = classify("توضيح بشأن البريد إلى الأردن", text, origin="QA", source_kind="postal")
    assert got.relevant
    assert got.change_kind == "informational"
    assert got.destinations == ["JO"]


def test_turkish_goods_brought_into_the_country_make_it_the_destination() -> None:
    text = (
        "Posta ve hızlı kargo yoluyla yurda getirilen eşyada uygulanan değer sınırı 1 Nisan'dan "
        "itibaren 20 avroya düşürülmüştür. Avrupa Birliği ülkelerinden gelen gönderilerde vergi "
        "oranı %25 olarak uygulanacaktır."
    )
    got = classify("Muafiyet sınırı düşürüldü", text, origin="TR", source_kind="other")
    assert got.change_kind == "duty_tax_change"
    assert got.destinations == ["TR"]


def test_turkish_import_ban_by_post_is_for_the_country_itself() -> None:
    text = (
        "Nargile tütünü ve elektronik sigaraların posta ve hızlı kargo yoluyla yurda "
        "getirilmesi yasaklanmıştır. Özellikle Çin'den gelen gönderiler denetlenecektir."
    )
    got = classify("Elektronik sigara yasağı", text, origin="TR", source_kind="other")
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["TR"]
