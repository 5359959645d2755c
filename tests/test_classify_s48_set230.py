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
