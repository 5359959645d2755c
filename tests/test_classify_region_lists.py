"""A region named as the destination, with its members listed and some of them also given
headings of their own, stands for every member listed; a Japanese list head ends its sentence
with 。 before the list."""

from __future__ import annotations

from monitor.classify import classify


def test_a_region_with_all_members_listed_keeps_them_when_two_have_headings() -> None:
    result = classify(
        "Country Listings - Gulf Cooperation Council states",
        "Individual Country Listings: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia, and United "
        "Arab Emirates\n\nWe are revising the listings of the six member states of the Gulf "
        "Cooperation Council to add e-cigarettes to the list of prohibited articles.\n\n"
        "Bahrain\nProhibitions\nE-cigarettes and vaping devices.\n\nKuwait\nProhibitions\n"
        "E-cigarettes and vaping devices.\n\nOman | Qatar | Saudi Arabia | United Arab Emirates\n"
        "Prohibitions\n[Add the same item to each listing.]",
        origin="US",
        source_kind="postal",
    )
    assert result.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_a_region_with_one_member_named_still_means_that_member_only() -> None:
    result = classify(
        "Service to the Caribbean",
        "Mail to Caribbean countries such as Jamaica is suspended after the hurricane.",
        origin="US",
        source_kind="postal",
    )
    assert result.destinations == ["JM"]


def test_a_japanese_list_head_ending_its_sentence_heads_the_list_below() -> None:
    result = classify(
        "米国あて郵便物の引受停止について",
        "米国あて郵便物の引受けを一時停止いたします。\n\n対象地域\n"
        "米国のほか、次の米国海外領土あてを含みます。\n"
        "グアム | 北マリアナ諸島 | 米領サモア | プエルトリコ | 米領バージン諸島\n",
        origin="JP",
        source_kind="postal",
    )
    assert result.destinations == ["AS", "GU", "MP", "PR", "US", "VI"]
