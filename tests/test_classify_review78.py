"""Session 78, from blind sets 457-462 and the last review's misses."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "MM",
            "postal",
            "အမေရိကန်ပြည်ထောင်စုသို့ ပါဆယ် နောက်ကျမှု",
            "အမေရိကန်ပြည်ထောင်စုသို့ ပို့သော ပါဆယ်များ ၅ ရက်ခန့် နောက်ကျမှု ရှိနိုင်ပါသည်။",
            "delay",
            ["US"],
            id="my-the-united-states-by-its-burmese-name",
        ),
    ],
)
def test_places_and_kinds_of_the_new_sets(origin, source_kind, title, text, kind, codes):
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            "MM",
            "အမေရိကန်ပြည်ထောင်စုသို့ ပို့ဆောင်မှု",
            "အမေရိကန်ပြည်ထောင်စုသို့ ပို့သော ပါဆယ်များ နောက်ကျမှု မရှိပါ။ ပုံမှန်အတိုင်း ပို့ဆောင်နေပါသည်။",
            id="my-there-is-no-delay",
        ),
        pytest.param(
            "NL",
            "Post naar Spanje weer op tijd",
            "Er is geen vertraging meer bij zendingen naar Spanje. Pakketten worden weer binnen "
            "de normale termijn bezorgd.",
            id="nl-no-delay-any-more",
        ),
    ],
)
def test_trouble_said_to_be_absent_alerts_no_stop_or_delay(origin, title, text):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.change_kind not in ("suspension", "delay"), got.evidence[:4]
    assert got.severity in ("none", "low")
